package judge.grading;

import java.util.List;
import judge.compile.CompileError;
import judge.judging.Result;
import judge.judging.TestResult;
import judge.judging.Verdict;

/**
 * How one submission was graded: the row of every grading report (terminal table, JSON, CSV, JUnit XML) and the
 * line of the results log that {@code --resume} reads back.
 *
 * <p>A failing input or output can be a hidden test of 10^5 characters; a grade keeps at most
 * {@value #MAX_SHOWN} characters of each, cut with a note of the full length, so that a report of a whole class
 * stays readable. {@code judge submit} on the file shows it in full.
 *
 * @param file          the submission's file, as found (relative to the working folder when below it)
 * @param packageSha256 fingerprint of the problem's tests, reference and checker ({@link Hashes#packageSha256})
 * @param passed        tests passed before the first failure, as submit counts them
 * @param memoryMb      the solution's peak memory, {@code null} if it never ran
 * @param message       one line saying what went wrong ({@code null} when Accepted)
 * @param failure       the first failing test, {@code null} when none (Accepted, Compile Error)
 * @param compileErrors javac's errors, for Compile Error
 */
public record Grade(
        String student,
        int problemId,
        String problemSlug,
        String problemTitle,
        String file,
        String sourceSha256,
        String packageSha256,
        String judgeVersion,
        Verdict verdict,
        int passed,
        int total,
        double runtimeMs,
        Double memoryMb,
        String message,
        Failure failure,
        List<CompileError> compileErrors) {

    public static final int MAX_SHOWN = 1000;

    public Grade {
        compileErrors = List.copyOf(compileErrors);
    }

    /** The first failing test: its name and, cut to {@value #MAX_SHOWN} characters, what went in and came out. */
    public record Failure(String test, List<String> input, String expected, String output, String message) {
        public Failure {
            input = List.copyOf(input);
        }
    }

    public static Grade of(Submission s, Result r, String packageSha256, String judgeVersion) {
        TestResult f = r.failure();
        Failure failure = f == null ? null : new Failure(f.name(), f.input().stream().map(Grade::cut).toList(),
                cut(f.expected()), cut(f.output(), f.truncated().get("output")), f.message());
        List<CompileError> errors = r.compileErrors().stream()
                .map(e -> new CompileError(e.line(), e.column(), e.message(), cut(e.sourceLine()))).toList();
        return new Grade(s.student(), s.problem().id(), s.problem().slug(), s.problem().title(), s.file().toString(),
                s.sourceSha256(), packageSha256, judgeVersion, r.verdict(), r.passed(), r.total(), r.runtimeMs(),
                r.memoryMb(), r.shownMessage(), failure, errors);
    }

    /** Whether this grade stands for {@code s} now: same person, problem, source, package and judge. */
    public boolean matches(Submission s, String packageSha256, String judgeVersion) {
        return student.equals(s.student()) && problemId == s.problem().id() && sourceSha256.equals(s.sourceSha256())
                && this.packageSha256.equals(packageSha256) && this.judgeVersion.equals(judgeVersion);
    }

    /** This grade, found again for the same source at {@code path} (a resumed run's folder may have moved). */
    public Grade at(String path) {
        return new Grade(student, problemId, problemSlug, problemTitle, path, sourceSha256, packageSha256,
                judgeVersion, verdict, passed, total, runtimeMs, memoryMb, message, failure, compileErrors);
    }

    /** "alice/76". */
    public String label() {
        return student + "/" + problemId;
    }

    /** The line of a compile error, or the first test that failed, for annotations. */
    public long line() {
        return compileErrors.isEmpty() ? 0 : compileErrors.get(0).line();
    }

    /** A one-line account of a rejection, for annotations, JUnit messages and CSV. */
    public String summary() {
        if (verdict.isAccepted()) {
            return verdict.title() + " (" + passed + "/" + total + " tests)";
        }
        StringBuilder b = new StringBuilder(verdict.title());
        if (total > 0) {
            b.append(" (").append(passed).append('/').append(total).append(" tests passed)");
        }
        if (!compileErrors.isEmpty()) {
            CompileError e = compileErrors.get(0);
            b.append(": line ").append(e.line()).append(": ").append(firstLine(e.message()));
        } else if (failure != null) {
            b.append(" on ").append(failure.test());
            if (failure.message() != null && !failure.message().isBlank()) {
                b.append(": ").append(firstLine(failure.message()));
            }
        } else if (message != null && !message.isBlank()) {
            b.append(": ").append(firstLine(message));
        }
        return b.toString();
    }

    /** {@code s} cut to {@value #MAX_SHOWN} characters, with a note of its full length. */
    public static String cut(String s) {
        return cut(s, null);
    }

    /** {@code s} cut to {@value #MAX_SHOWN} characters; {@code fullLength} its length before an earlier cut. */
    private static String cut(String s, Integer fullLength) {
        if (s == null || s.length() <= MAX_SHOWN) {
            return s;
        }
        return TestResult.cut(s, MAX_SHOWN, fullLength != null ? fullLength : s.length());
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
