package judge.grading;

import java.nio.file.Path;
import judge.compile.Source;
import judge.problem.Problem;

/**
 * One person's solution to one problem, found by {@link Discovery}: who, which problem, the file (as reports show
 * it), its source, and the SHA-256 of its bytes (what {@code --resume} compares).
 */
public record Submission(String student, Problem problem, Path file, Source source, String sourceSha256) {

    /** Orders submissions by student, then problem number: the order of every report. */
    public static final java.util.Comparator<Submission> ORDER = java.util.Comparator
            .comparing(Submission::student).thenComparingInt(s -> s.problem().id());

    /** "alice/76": how messages name a submission. */
    public String label() {
        return student + "/" + problem.id();
    }
}
