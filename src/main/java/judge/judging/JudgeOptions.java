package judge.judging;

import judge.sandbox.Sandbox;

/**
 * How a {@link Judge} treats untrusted code. {@code scanClasses}: reject, before running, a solution whose classes
 * use a forbidden API ({@link judge.compile.ClassScan}); turned off only to test the defences behind it.
 * {@code sandbox}: the layers the children run under.
 */
public record JudgeOptions(boolean scanClasses, Sandbox sandbox) {

    /** What every command uses: the scan on, and this process's sandbox ({@code JUDGE_SANDBOX}). */
    public static JudgeOptions defaults() {
        return new JudgeOptions(true, Sandbox.current());
    }

    public JudgeOptions withoutClassScan() {
        return new JudgeOptions(false, sandbox);
    }

    public JudgeOptions withSandbox(Sandbox other) {
        return new JudgeOptions(scanClasses, other);
    }
}
