package judge.problem;

/**
 * What a problem promises about a value beyond its type: a length for strings, arrays and lists, allowed
 * characters, a numeric range, and the constraints of each element. Declared once in {@code problem.json}
 * and used to validate every test and custom input (and to generate property inputs).
 *
 * <p>Each field is {@code null} when the problem declares nothing about it.
 */
public record Constraints(Range length, CharClass chars, Range values, Constraints element) {
    public static final Constraints NONE = new Constraints(null, null, null, null);
}
