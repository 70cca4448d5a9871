package judge.judging;

import judge.sandbox.Sandbox;

/**
 * How a {@link Judge} treats untrusted code. {@code scanClasses}: reject, before running, a solution whose classes
 * use a forbidden API ({@link judge.compile.ClassScan}); turned off only to test the defences behind it.
 * {@code sandbox}: the layers the children run under; {@code null} for this process's ({@link Sandbox#current()}),
 * detected when the first child starts, so that detecting it overlaps compiling the solution.
 */
public record JudgeOptions(boolean scanClasses, Sandbox sandbox) {

    /** What every command uses: the scan on, and this process's sandbox ({@code JUDGE_SANDBOX}). */
    public static JudgeOptions defaults() {
        return new JudgeOptions(true, null);
    }

    @Override
    public Sandbox sandbox() {
        return sandbox != null ? sandbox : Sandbox.current();
    }

    public JudgeOptions withoutClassScan() {
        return new JudgeOptions(false, sandbox);
    }

    public JudgeOptions withSandbox(Sandbox other) {
        return new JudgeOptions(scanClasses, other);
    }
}
