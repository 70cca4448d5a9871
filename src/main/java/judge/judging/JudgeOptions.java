package judge.judging;

/**
 * How a {@link Judge} treats untrusted code. {@code scanClasses}: reject, before running, a solution whose classes
 * use a forbidden API ({@link judge.compile.ClassScan}); turned off only to test the defences behind it.
 */
public record JudgeOptions(boolean scanClasses) {

    /** What every command uses: the scan on. */
    public static JudgeOptions defaults() {
        return new JudgeOptions(true);
    }

    public JudgeOptions withoutClassScan() {
        return new JudgeOptions(false);
    }
}
