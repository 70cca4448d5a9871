package judge.problem;

import java.util.Map;

/**
 * How a problem's time and memory limits are derived. A test's time limit is
 * {@code max(testFloorMs, timeFactor × the reference's time on that test)} and the whole submission's is
 * {@code max(totalFloorMs, timeFactor × the reference's total)}, the reference being timed in the same run
 * on the same machine, so that a verdict does not depend on how fast the machine is.
 *
 * <p>A solution in another language than Java gets every time limit multiplied by its language's factor
 * ({@code languageFactors}, from {@code limits.languageFactors} in problem.json, else the language's default).
 */
public record Limits(double timeFactor, long testFloorMs, long totalFloorMs, int memoryMb,
        Map<String, Double> languageFactors) {
    public static final Limits DEFAULT = new Limits(10, 1000, 4000, 256);

    public Limits {
        languageFactors = Map.copyOf(languageFactors);
    }

    public Limits(double timeFactor, long testFloorMs, long totalFloorMs, int memoryMb) {
        this(timeFactor, testFloorMs, totalFloorMs, memoryMb, Map.of());
    }

    /** These limits with every time {@code factor} times looser (for checking a slow submission's margin). */
    public Limits scaled(double factor) {
        return new Limits(timeFactor * factor, Math.round(testFloorMs * factor), Math.round(totalFloorMs * factor),
                memoryMb, languageFactors);
    }

    /**
     * The factor a solution in the language called {@code language} gets over the Java reference's times and
     * the floors: the problem's {@code limits.languageFactors} entry, else {@code languageDefault}.
     */
    public double languageFactor(String language, double languageDefault) {
        return languageFactors.getOrDefault(language, languageDefault);
    }
}
