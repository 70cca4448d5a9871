package judge.property;

import java.util.List;
import judge.judging.TestResult;

/**
 * The outcome of a property run.
 *
 * @param status         PASSED (no failure in all tries), FALSIFIED (a counterexample), ERROR (could not run:
 *                       the source does not compile, or the reference or checker failed)
 * @param original       the first failing input as found, or {@code null}
 * @param counterexample the same failure shrunk, or {@code null}
 * @param originalSize   total length of the original input's strings and arrays (and count of numbers)
 * @param counterexampleSize the same for the shrunk input
 * @param shrinkCandidates inputs tried while shrinking
 * @param shrinkCutShort whether shrinking stopped at its time budget rather than at a local minimum
 */
public record FuzzResult(
        Status status,
        long seed,
        long tries,
        double seconds,
        int shrinkSteps,
        int shrinkCandidates,
        boolean shrinkCutShort,
        TestResult original,
        int originalSize,
        TestResult counterexample,
        int counterexampleSize,
        String message,
        List<judge.compile.CompileError> compileErrors) {

    public enum Status { PASSED, FALSIFIED, ERROR }

    public FuzzResult {
        compileErrors = List.copyOf(compileErrors);
    }

    public double triesPerSecond() {
        return seconds <= 0 ? 0 : tries / seconds;
    }
}
