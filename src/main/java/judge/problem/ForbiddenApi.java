package judge.problem;

/**
 * A Java API a problem package forbids its solutions ({@code "forbiddenApis"} in {@code problem.json}): one member
 * of a class ({@code java.lang.Float.floatToFloat16}, every overload; {@code <init>} for its constructors), or a
 * whole class with its nested classes when {@code member} is {@code null}. {@code owner} is the class's binary
 * name with dots ({@code java.util.Map$Entry}). The class scan refuses a use of it on every JDK, with
 * {@code reason} as its message.
 */
public record ForbiddenApi(String owner, String member, String reason) {

    /** {@code java.lang.Float.floatToFloat16}, or the class's name when the whole class is forbidden. */
    public String name() {
        return member == null ? owner : owner + "." + member;
    }
}
