package judge.compile;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import judge.problem.Design;
import judge.problem.Param;
import judge.problem.Signature;

/**
 * Checks, on javac's model of the compiled source, that it declares the problem's class with the problem's
 * method, so that a mismatch is a compile error naming the expected signature, not a crash in the runner.
 */
final class SignatureCheck {
    private SignatureCheck() {}

    /**
     * {@code null} when the source fits; otherwise one sentence saying what was expected and found, and when the
     * class is missing, which class in the file was meant to be it (with its line) and what to change.
     */
    static String check(JavacTask task, Iterable<? extends CompilationUnitTree> units, Signature sig) {
        Elements elements = task.getElements();
        Types types = task.getTypes();
        if (sig.isDesign()) {
            return checkDesign(elements, types, sig.design(), () -> missing(task, units, sig.design().className(),
                    sig.design().methods().stream().map(Design.Method::name).toList()));
        }
        String expected = "expected class " + sig.className()
                + (sig.api() == null ? "" : " extends " + sig.api().className()) + " { " + sig.declaration()
                + (sig.codec() == null ? "" : "; " + sig.decodeDeclaration()) + " }";
        if (sig.api() != null) {
            // The judge's API class holds the test's hidden state: a solution's own class of that name would
            // replace it in the child.
            for (Declared d : declared(task, units)) {
                if (d.name().equals(sig.api().className()) && d.outer() == null) {
                    return "class " + d.name() + " (line " + d.line() + ") is the judge's API: do not declare it; "
                            + expected;
                }
            }
        }
        TypeElement type = elements.getTypeElement(sig.className());
        if (type == null || type.getNestingKind().isNested()) {
            return missing(task, units, sig.className(), List.of(sig.method())) + "; " + expected;
        }
        if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
            return sig.className() + " must be a concrete class; " + expected;
        }
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
        boolean noArgs = constructors.isEmpty() || constructors.stream()
                .anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
        if (!noArgs) {
            return sig.className() + " needs a constructor without parameters: the judge creates one per test";
        }
        List<ExecutableElement> named = ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                .filter(m -> m.getSimpleName().contentEquals(sig.method())).toList();
        if (named.isEmpty()) {
            return "class " + sig.className() + " has no method " + sig.method() + "; " + expected;
        }
        for (ExecutableElement method : named) {
            if (matches(elements, types, method, sig)) {
                if (method.getModifiers().contains(Modifier.PRIVATE)) {
                    return sig.method() + " is private; " + expected;
                }
                return sig.codec() == null ? null : checkDecoder(elements, types, type, sig, expected);
            }
        }
        return "wrong signature: found " + named.stream().map(SignatureCheck::describe)
                .collect(Collectors.joining(" and ")) + "; " + expected.replace("expected class", "expected class");
    }

    /** A codec's decoder: {@code TreeNode deserialize(String data)}, not private, beside the encoder. */
    private static String checkDecoder(Elements elements, Types types, TypeElement type, Signature sig,
            String expected) {
        String name = sig.codec().decode();
        List<ExecutableElement> named = ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                .filter(m -> m.getSimpleName().contentEquals(name)).toList();
        if (named.isEmpty()) {
            return "class " + sig.className() + " has no method " + name + "; " + expected;
        }
        for (ExecutableElement method : named) {
            if (!method.isVarArgs() && types(method).equals(List.of("String"))
                    && returnFits(elements, types, method.getReturnType(), sig.returns().javaName())) {
                return method.getModifiers().contains(Modifier.PRIVATE) ? name + " is private; " + expected : null;
            }
        }
        return "wrong signature: found " + named.stream().map(SignatureCheck::describe)
                .collect(Collectors.joining(" and ")) + "; " + expected;
    }

    /**
     * A design problem's class: top level and concrete, with the declared constructor and every declared
     * method, none of them private. The message names the first member missing and shows the whole class.
     */
    private static String checkDesign(Elements elements, Types types, Design design, Supplier<String> missing) {
        String expected = "expected " + design.declaration();
        String name = design.className();
        TypeElement type = elements.getTypeElement(name);
        if (type == null || type.getNestingKind().isNested()) {
            return missing.get() + "; " + expected;
        }
        if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
            return name + " must be a concrete class; " + expected;
        }
        List<String> ctorTypes = design.constructor().stream().map(p -> p.type().javaName()).toList();
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
        ExecutableElement ctor = constructors.stream().filter(c -> types(c).equals(ctorTypes) && !c.isVarArgs())
                .findFirst().orElse(null);
        if (ctor == null) {
            return "class " + name + " has no constructor " + name + "(" + String.join(", ", ctorTypes) + ")"
                    + (constructors.isEmpty() ? "" : "; found " + constructors.stream().map(c -> name + "("
                    + String.join(", ", types(c)) + ")").collect(Collectors.joining(" and "))) + "; " + expected;
        }
        if (ctor.getModifiers().contains(Modifier.PRIVATE)) {
            return "the constructor " + name + "(" + String.join(", ", ctorTypes) + ") is private; " + expected;
        }
        List<ExecutableElement> all = ElementFilter.methodsIn(type.getEnclosedElements());
        for (Design.Method m : design.methods()) {
            List<String> want = m.params().stream().map(p -> p.type().javaName()).toList();
            String returns = m.returns() == null ? "void" : m.returns().javaName();
            List<ExecutableElement> named = all.stream().filter(x -> x.getSimpleName().contentEquals(m.name()))
                    .toList();
            if (named.isEmpty()) {
                return "class " + name + " has no method " + m.name() + "; expected " + m.declaration() + " in "
                        + design.declaration();
            }
            ExecutableElement match = named.stream().filter(x -> types(x).equals(want) && !x.isVarArgs()
                    && returnFits(elements, types, x.getReturnType(), returns)).findFirst().orElse(null);
            if (match == null) {
                return "wrong signature: found " + named.stream().map(SignatureCheck::describe)
                        .collect(Collectors.joining(" and ")) + "; expected " + m.declaration() + " in "
                        + design.declaration();
            }
            if (match.getModifiers().contains(Modifier.PRIVATE) || match.getModifiers().contains(Modifier.STATIC)) {
                return m.name() + " must not be private or static; expected " + m.declaration() + " in "
                        + design.declaration();
            }
        }
        return null;
    }

    private static List<String> types(ExecutableElement e) {
        return e.getParameters().stream().map(p -> name(p.asType())).toList();
    }

    private static boolean matches(Elements elements, Types types, ExecutableElement method, Signature sig) {
        List<Param> params = sig.methodParams();
        if (method.getParameters().size() != params.size() || method.isVarArgs()) {
            return false;
        }
        if (!returnFits(elements, types, method.getReturnType(), sig.returnsJavaName())) {
            return false;
        }
        for (int i = 0; i < params.size(); i++) {
            if (!name(method.getParameters().get(i).asType()).equals(params.get(i).type().javaName())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a method returning {@code returned} fits a problem that returns {@code expected}: the same type, or,
     * for a class or interface type, any type LeetCode's own call ({@code List<List<Integer>> r = s.m(...)})
     * accepts, such as {@code ArrayList<List<Integer>>}. Primitives and arrays stay exact: the runner writes
     * {@code int[]} and {@code long[]} differently. Parameters always stay exact (the judge passes exactly the
     * problem's types).
     */
    static boolean returnFits(Elements elements, Types types, TypeMirror returned, String expected) {
        if (name(returned).equals(expected)) {
            return true;
        }
        if (returned.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeMirror want = TypeNames.parse(elements, types, expected);
        return want != null && want.getKind() == TypeKind.DECLARED && types.isAssignable(returned, want);
    }

    /** A class declared anywhere in the source, top level ({@code outer} null) or nested, with its line. */
    private record Declared(String name, String outer, long line, Set<String> methods) {
        String where() {
            return "class " + name + " (line " + line + ")";
        }
    }

    /**
     * The message for a source without a top-level class {@code className}: it names the class the user most
     * likely meant, with its line, and what to change. It never picks between several candidates: it lists them.
     */
    private static String missing(JavacTask task, Iterable<? extends CompilationUnitTree> units, String className,
            List<String> methods) {
        List<Declared> all = declared(task, units);
        String notFound = "class " + className + " not found";
        List<Declared> nested = select(all, d -> d.name().equals(className) && d.outer() != null);
        if (nested.size() == 1) {
            Declared d = nested.get(0);
            return "class " + className + " is nested in class " + d.outer() + " (line " + d.line() + "): move it to"
                    + " the top level, or submit only class " + className + " and what it uses";
        }
        if (nested.size() > 1) {
            return notFound + " at the top level; it is nested " + nested.size() + " times: " + list(nested, true)
                    + ": keep the one to judge and move it to the top level";
        }
        List<Declared> similar = select(all, d -> d.name().startsWith(className));
        if (!similar.isEmpty()) {
            return notFound + "; found " + list(similar, true) + ": " + (similar.size() > 1 ? "keep the one to judge,"
                    + " rename it to " + className : "rename it to " + className)
                    + (similar.stream().anyMatch(d -> d.outer() != null) ? " and move it to the top level" : "");
        }
        List<Declared> holding = select(all, d -> d.methods().stream().anyMatch(methods::contains));
        if (!holding.isEmpty()) {
            String method = methods.stream().filter(m -> holding.get(0).methods().contains(m)).findFirst().orElseThrow();
            return notFound + "; method " + method + " is in " + list(holding, true) + ": "
                    + (holding.size() > 1 ? "keep the one to judge and rename its class to " + className
                    : "rename class " + holding.get(0).name() + " to " + className)
                    + (holding.stream().anyMatch(d -> d.outer() != null) ? " and move it to the top level" : "");
        }
        return notFound;
    }

    private static List<Declared> select(List<Declared> all, Predicate<Declared> which) {
        return all.stream().filter(which).toList();
    }

    private static String list(List<Declared> found, boolean withOuter) {
        return found.stream().map(d -> d.where() + (withOuter && d.outer() != null ? " in class " + d.outer() : ""))
                .collect(Collectors.joining(", "));
    }

    /** Every class, interface, enum and record the source declares, in order, with the line it starts on. */
    private static List<Declared> declared(JavacTask task, Iterable<? extends CompilationUnitTree> units) {
        SourcePositions positions = Trees.instance(task).getSourcePositions();
        List<Declared> out = new ArrayList<>();
        for (CompilationUnitTree unit : units) {
            new TreeScanner<Void, Void>() {
                private final Deque<String> outer = new ArrayDeque<>();

                @Override
                public Void visitClass(ClassTree tree, Void unused) {
                    String name = tree.getSimpleName().toString();
                    if (name.isEmpty()) { // an anonymous class's body
                        return super.visitClass(tree, unused);
                    }
                    Set<String> methods = new HashSet<>();
                    for (Tree member : tree.getMembers()) {
                        if (member instanceof MethodTree m) {
                            methods.add(m.getName().toString());
                        }
                    }
                    long line = unit.getLineMap().getLineNumber(positions.getStartPosition(unit, tree));
                    out.add(new Declared(name, outer.peek(), line, methods));
                    outer.push(name);
                    try {
                        return super.visitClass(tree, unused);
                    } finally {
                        outer.pop();
                    }
                }
            }.scan(unit, null);
        }
        return out;
    }

    private static String describe(ExecutableElement method) {
        return name(method.getReturnType()) + " " + method.getSimpleName() + "(" + method.getParameters().stream()
                .map(p -> name(p.asType())).collect(Collectors.joining(", ")) + ")";
    }

    /** The type as a problem spells it: {@code String}, {@code List<Integer>}, {@code int[]}. */
    static String name(TypeMirror type) {
        if (type.getKind().isPrimitive() || type.getKind() == TypeKind.VOID) {
            return type.toString();
        }
        if (type instanceof ArrayType array) {
            return name(array.getComponentType()) + "[]";
        }
        if (type instanceof DeclaredType declared) {
            String qualified = ((TypeElement) declared.asElement()).getQualifiedName().toString();
            String simple = qualified.startsWith("java.lang.") || qualified.equals("java.util.List")
                    ? qualified.substring(qualified.lastIndexOf('.') + 1) : qualified;
            if (declared.getTypeArguments().isEmpty()) {
                return simple;
            }
            return simple + "<" + declared.getTypeArguments().stream().map(SignatureCheck::name)
                    .collect(Collectors.joining(", ")) + ">";
        }
        return type.toString();
    }
}
