package judge.problem;

import java.util.List;
import java.util.stream.Collectors;

/** The class and method a solution must declare: {@code class Solution { String minWindow(String s, String t) }}. */
public record Signature(String className, String method, List<Param> params, TypeSpec returns) {
    public Signature {
        params = List.copyOf(params);
    }

    /** The method as a LeetCode template shows it: {@code public String minWindow(String s, String t)}. */
    public String declaration() {
        return "public " + returns.javaName() + " " + method + "(" + params.stream()
                .map(p -> p.type().javaName() + " " + p.name()).collect(Collectors.joining(", ")) + ")";
    }
}
