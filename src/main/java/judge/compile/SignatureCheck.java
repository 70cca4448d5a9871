package judge.compile;

import java.util.List;
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
import judge.problem.Design;
import judge.problem.Param;
import judge.problem.Signature;

/**
 * Checks, on javac's model of the compiled source, that it declares the problem's class with the problem's
 * method, so that a mismatch is a compile error naming the expected signature, not a crash in the runner.
 */
final class SignatureCheck {
    private SignatureCheck() {}

    /** {@code null} when the source fits; otherwise one sentence saying what was expected and found. */
    static String check(Elements elements, Signature sig) {
        if (sig.isDesign()) {
            return checkDesign(elements, sig.design());
        }
        String expected = "expected class " + sig.className() + " { " + sig.declaration() + " }";
        TypeElement type = elements.getTypeElement(sig.className());
        if (type == null || type.getNestingKind().isNested()) {
            return "class " + sig.className() + " not found; " + expected;
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
            if (matches(method, sig)) {
                if (method.getModifiers().contains(Modifier.PRIVATE)) {
                    return sig.method() + " is private; " + expected;
                }
                return null;
            }
        }
        return "wrong signature: found " + named.stream().map(SignatureCheck::describe)
                .collect(Collectors.joining(" and ")) + "; " + expected.replace("expected class", "expected class");
    }

    /**
     * A design problem's class: top level and concrete, with the declared constructor and every declared
     * method, none of them private. The message names the first member missing and shows the whole class.
     */
    private static String checkDesign(Elements elements, Design design) {
        String expected = "expected " + design.declaration();
        String name = design.className();
        TypeElement type = elements.getTypeElement(name);
        if (type == null || type.getNestingKind().isNested()) {
            return "class " + name + " not found; " + expected;
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
                    && name(x.getReturnType()).equals(returns)).findFirst().orElse(null);
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

    private static boolean matches(ExecutableElement method, Signature sig) {
        List<Param> params = sig.params();
        if (method.getParameters().size() != params.size() || method.isVarArgs()) {
            return false;
        }
        if (!name(method.getReturnType()).equals(sig.returns().javaName())) {
            return false;
        }
        for (int i = 0; i < params.size(); i++) {
            if (!name(method.getParameters().get(i).asType()).equals(params.get(i).type().javaName())) {
                return false;
            }
        }
        return true;
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
