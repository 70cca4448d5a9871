package judge.problem;

import java.util.List;
import java.util.stream.Collectors;
import judge.value.Value;

/**
 * The class and method a solution must declare: {@code class Solution { String minWindow(String s, String t) }}.
 * For a design problem {@code design} is set, {@code method} and {@code returns} are {@code null}, and the
 * parameters are the two every design test has: {@code operations} and {@code arguments}.
 */
public record Signature(String className, String method, List<Param> params, TypeSpec returns, Design design) {
    public Signature {
        params = List.copyOf(params);
    }

    public Signature(String className, String method, List<Param> params, TypeSpec returns) {
        this(className, method, params, returns, null);
    }

    public static Signature of(Design design) {
        return new Signature(design.className(), null, design.inputParams(), null, design);
    }

    public boolean isDesign() {
        return design != null;
    }

    /** The method as a LeetCode template shows it: {@code public String minWindow(String s, String t)}. */
    public String declaration() {
        if (design != null) {
            return design.declaration();
        }
        return "public " + returns.javaName() + " " + method + "(" + params.stream()
                .map(p -> p.type().javaName() + " " + p.name()).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * The first way {@code input} (one value per parameter) breaks the declared types and constraints, or
     * {@code null}. The path starts with the parameter's name ({@code /nums/3}, {@code /arguments/2/0}); the
     * message ends by naming the parameter.
     */
    public Violation violation(List<Value> input) {
        if (design != null) {
            return design.violation(input);
        }
        java.util.Map<String, Value> byName = new java.util.HashMap<>();
        for (int i = 0; i < params.size() && i < input.size(); i++) {
            byName.put(params.get(i).name(), input.get(i));
        }
        for (int i = 0; i < params.size(); i++) {
            Param param = params.get(i);
            Violation v = Violation.of(input.get(i), param.type(), param.constraints(), byName);
            if (v != null) {
                return new Violation("/" + param.name() + v.path(), v.message() + " (parameter " + param.name()
                        + " of " + method + ")");
            }
        }
        return null;
    }

    /** The first way an expected answer to {@code input} breaks the return type, or {@code null}. */
    public Violation outputViolation(List<Value> input, Value output) {
        if (design != null) {
            return design.outputViolation(input.get(0), output);
        }
        Violation v = Violation.ofAnswer(output, returns);
        if (v != null && !(output instanceof Value.Null)) {
            return new Violation(v.path(), v.message() + " (the return type is " + returns.javaName() + ")");
        }
        return null;
    }
}
