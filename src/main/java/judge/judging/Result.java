package judge.judging;

import java.util.List;
import judge.compile.CompileError;

/**
 * The outcome of judging one source against one problem: the report model that every output format renders.
 *
 * @param mode               "run" (examples or custom input) or "submit" (every test)
 * @param passed             tests passed before the first failure (LeetCode's "N / M testcases passed")
 * @param total              tests in the set
 * @param runtimeMs          the solution's time summed over the tests that returned
 * @param memoryMb           the child JVM's peak resident memory, or {@code null} if it never ran
 * @param referenceRuntimeMs the reference's time over the same tests in the same run (submit only)
 * @param tests              every test that ran, in order
 * @param failure            the first failing test, or {@code null}
 * @param compileErrors      javac's errors, for {@code COMPILE_ERROR}
 * @param message            one line saying what happened, for failures that are not a single test's
 * @param notes              one line each for what the judge did to the source before judging it (such as
 *                           judging only a leetcode-editor file's submit region); usually empty
 * @param propertySeed       the seed of submit's property phase ({@link Judge#propertySeed}), or {@code null}
 *                           when there was none
 * @param language           the source's language: {@code java}, {@code python}
 */
public record Result(
        String mode,
        ProblemRef problem,
        String sourceFile,
        Verdict verdict,
        int passed,
        int total,
        double runtimeMs,
        Double memoryMb,
        Double referenceRuntimeMs,
        List<TestResult> tests,
        TestResult failure,
        List<CompileError> compileErrors,
        String message,
        List<String> notes,
        Long propertySeed,
        String language) {

    public Result {
        tests = List.copyOf(tests);
        compileErrors = List.copyOf(compileErrors);
        notes = List.copyOf(notes);
    }

    /** The result of a Java source, without notes or a property phase. */
    public Result(String mode, ProblemRef problem, String sourceFile, Verdict verdict, int passed, int total,
            double runtimeMs, Double memoryMb, Double referenceRuntimeMs, List<TestResult> tests, TestResult failure,
            List<CompileError> compileErrors, String message) {
        this(mode, problem, sourceFile, verdict, passed, total, runtimeMs, memoryMb, referenceRuntimeMs, tests, failure,
                compileErrors, message, List.of(), null, "java");
    }

    /** The problem as reports name it. */
    public record ProblemRef(int id, String slug, String title) {}

    /**
     * The message reports show: for a Compile Error, its first error as {@code file:line:column: text} (javac's
     * own summary, "1 error", says nothing a CI log can use); otherwise {@link #message()}.
     */
    public String shownMessage() {
        if (verdict == Verdict.COMPILE_ERROR && !compileErrors.isEmpty()) {
            judge.compile.CompileError e = compileErrors.get(0);
            return sourceFile + ":" + e.line() + ":" + e.column() + ": " + e.message();
        }
        return message;
    }
}
