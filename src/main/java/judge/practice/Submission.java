package judge.practice;

import java.time.Instant;

/**
 * One judging as the history keeps it: a {@code run}, {@code submit} or {@code fuzz} of one source against one
 * problem.
 *
 * @param id         the history's number for it (0 before it is recorded)
 * @param verdict    for run and submit a verdict code ({@code WRONG_ANSWER}); for fuzz {@code PASSED},
 *                   {@code FALSIFIED} or {@code ERROR}
 * @param passed     tests passed (run, submit) or tries run (fuzz)
 * @param total      tests in the set (run, submit), or {@code null}
 * @param runtimeMs  the solution's time over the tests, or {@code null}
 * @param memoryMb   the solution's peak memory, or {@code null}
 * @param sourceHash SHA-256 of the source as written, in hex
 * @param message    one line on the failure, or {@code null}
 * @param language   the source's language ({@code java}, {@code python}); {@code java} for judgings recorded
 *                   before the history knew languages
 */
public record Submission(
        long id,
        Instant time,
        String mode,
        int problemId,
        String problemSlug,
        String verdict,
        Integer passed,
        Integer total,
        Double runtimeMs,
        Double memoryMb,
        String sourceFile,
        String sourceHash,
        String source,
        String message,
        String language) {

    /** A judging of a Java source. */
    public Submission(long id, Instant time, String mode, int problemId, String problemSlug, String verdict,
            Integer passed, Integer total, Double runtimeMs, Double memoryMb, String sourceFile, String sourceHash,
            String source, String message) {
        this(id, time, mode, problemId, problemSlug, verdict, passed, total, runtimeMs, memoryMb, sourceFile,
                sourceHash, source, message, "java");
    }

    /** Whether this judging solved its problem: an accepted submit. */
    public boolean solves() {
        return mode.equals("submit") && verdict.equals("ACCEPTED");
    }
}
