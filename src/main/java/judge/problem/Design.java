package judge.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import judge.value.Value;

/**
 * A design problem (LeetCode's "implement the LRUCache class"): the solution's class is built by its
 * constructor and then called method by method. A test is two values, the operations
 * {@code ["LRUCache","put","get"]} and their arguments {@code [[2],[1,1],[1]]}; the answer is one value per
 * operation, {@code null} for the constructor and for {@code void} methods: {@code [null,null,1]}.
 *
 * @param constructor the constructor's parameters, with their constraints
 * @param methods     the methods a test may call, each with its parameters, return type and weight
 * @param calls       how many method calls a test makes after the constructor
 */
public record Design(String className, List<Param> constructor, List<Method> methods, Range calls) {

    /** The two parameters of every design problem's test input, as test files and custom input name them. */
    public static final String OPERATIONS = "operations";
    public static final String ARGUMENTS = "arguments";

    public Design {
        constructor = List.copyOf(constructor);
        methods = List.copyOf(methods);
    }

    /**
     * One method: {@code returns} is {@code null} for {@code void}; {@code weight} is how often the property
     * engine calls it relative to the others.
     */
    public record Method(String name, List<Param> params, TypeSpec returns, double weight) {
        public Method {
            params = List.copyOf(params);
        }

        public String declaration() {
            return "public " + (returns == null ? "void" : returns.javaName()) + " " + name + "(" + paramList(params)
                    + ")";
        }
    }

    public String constructorDeclaration() {
        return "public " + className + "(" + paramList(constructor) + ")";
    }

    /** The whole class as a LeetCode template shows it, for messages. */
    public String declaration() {
        return "class " + className + " { " + constructorDeclaration() + "; " + methods.stream()
                .map(m -> m.declaration() + ";").collect(Collectors.joining(" ")) + " }";
    }

    public Method method(String name) {
        for (Method m : methods) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    /** The parameters of operation {@code name}: the constructor's for the class name. */
    public List<Param> paramsOf(String name) {
        if (name.equals(className)) {
            return constructor;
        }
        Method m = method(name);
        return m == null ? null : m.params();
    }

    /** The two synthetic parameters a design problem's input is written as. */
    public List<Param> inputParams() {
        Range ops = new Range(calls.min() + 1, calls.max() + 1);
        return List.of(new Param(OPERATIONS, TypeSpec.parse("String[]"), new Constraints(ops, null, null, null)),
                new Param(ARGUMENTS, new TypeSpec.CallArguments(), new Constraints(ops, null, null, null)));
    }

    /**
     * The first way an input {@code [operations, arguments]} breaks this design, or {@code null}. The path is
     * relative to the input object: {@code /operations/3}, {@code /arguments/2/1}.
     */
    public Violation violation(List<Value> input) {
        if (!(input.get(0) instanceof Value.Arr ops)) {
            return new Violation("/" + OPERATIONS, "expected an array of operation names, found " + input.get(0).kind());
        }
        if (!(input.get(1) instanceof Value.Arr args)) {
            return new Violation("/" + ARGUMENTS, "expected an array of argument lists, found " + input.get(1).kind());
        }
        int n = ops.items().size();
        if (n == 0) {
            return new Violation("/" + OPERATIONS, "expected the constructor \"" + className + "\" first, found no"
                    + " operations");
        }
        if (!calls.contains(n - 1)) {
            return new Violation("/" + OPERATIONS, "expected the constructor and " + calls.min() + " to " + calls.max()
                    + " method calls, found " + (n - 1) + " calls");
        }
        if (args.items().size() != n) {
            return new Violation("/" + ARGUMENTS, "expected one argument list per operation (" + n + "), found "
                    + args.items().size());
        }
        for (int i = 0; i < n; i++) {
            String at = "/" + OPERATIONS + "/" + i;
            if (!(ops.items().get(i) instanceof Value.Str name)) {
                return new Violation(at, "expected an operation name (a string), found " + ops.items().get(i).kind());
            }
            if (i == 0 && !name.value().equals(className)) {
                return new Violation(at, "expected the constructor \"" + className + "\" first, found \""
                        + name.value() + "\"");
            }
            if (i > 0 && method(name.value()) == null) {
                return new Violation(at, "unknown operation \"" + name.value() + "\"; " + className + " has "
                        + methods.stream().map(Method::name).collect(Collectors.joining(", "))
                        + (name.value().equals(className) ? " (the constructor comes only first)" : ""));
            }
            List<Param> params = paramsOf(name.value());
            String argsAt = "/" + ARGUMENTS + "/" + i;
            if (!(args.items().get(i) instanceof Value.Arr list)) {
                return new Violation(argsAt, "expected the argument list of " + name.value() + ", found "
                        + args.items().get(i).kind());
            }
            if (list.items().size() != params.size()) {
                return new Violation(argsAt, name.value() + " takes " + params.size() + " argument(s) ("
                        + paramList(params) + "), found " + list.items().size());
            }
            for (int j = 0; j < params.size(); j++) {
                Param p = params.get(j);
                Violation v = Violation.of(list.items().get(j), p.type(), p.constraints());
                if (v != null) {
                    return new Violation(argsAt + "/" + j + v.path(), v.message() + " (parameter " + p.name() + " of "
                            + name.value() + ")");
                }
            }
        }
        return null;
    }

    /**
     * The first way an expected answer breaks the design for {@code operations}, or {@code null}: one entry per
     * operation, {@code null} for the constructor and void methods, else of the method's return type.
     */
    public Violation outputViolation(Value operations, Value output) {
        List<Value> ops = ((Value.Arr) operations).items();
        if (!(output instanceof Value.Arr out)) {
            return new Violation("", "expected an array with one entry per operation, found " + output.kind());
        }
        if (out.items().size() != ops.size()) {
            return new Violation("", "expected one entry per operation (" + ops.size() + "), found "
                    + out.items().size());
        }
        for (int i = 0; i < ops.size(); i++) {
            Value item = out.items().get(i);
            String name = ((Value.Str) ops.get(i)).value();
            TypeSpec returns = i == 0 ? null : method(name).returns();
            if (returns == null) {
                if (!(item instanceof Value.Null)) {
                    return new Violation("/" + i, "expected null (" + name + " returns nothing), found " + item.kind());
                }
                continue;
            }
            Violation v = Violation.of(item, returns, Constraints.NONE);
            if (v != null && !(item instanceof Value.Null)) {
                return new Violation("/" + i + v.path(), v.message() + " (" + name + " returns "
                        + returns.javaName() + ")");
            }
        }
        return null;
    }

    private static String paramList(List<Param> params) {
        List<String> parts = new ArrayList<>();
        for (Param p : params) {
            parts.add(p.type().javaName() + " " + p.name());
        }
        return String.join(", ", parts);
    }
}
