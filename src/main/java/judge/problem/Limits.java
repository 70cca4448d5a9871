package judge.problem;

/**
 * How a problem's time and memory limits are derived. A test's time limit is
 * {@code max(testFloorMs, timeFactor × the reference's time on that test)} and the whole submission's is
 * {@code max(totalFloorMs, timeFactor × the reference's total)}, the reference being timed in the same run
 * on the same machine, so that a verdict does not depend on how fast the machine is.
 */
public record Limits(double timeFactor, long testFloorMs, long totalFloorMs, int memoryMb) {
    public static final Limits DEFAULT = new Limits(10, 1000, 4000, 256);

    /** These limits with every time {@code factor} times looser (for checking a slow submission's margin). */
    public Limits scaled(double factor) {
        return new Limits(timeFactor * factor, Math.round(testFloorMs * factor), Math.round(totalFloorMs * factor),
                memoryMb);
    }
}
