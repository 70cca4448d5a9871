package judge.problem;

import java.nio.file.Path;
import java.util.List;

/**
 * A problem package as loaded from disk ({@code problems/0076-minimum-window-substring/}).
 * {@code validatorClass} names the package's {@code judge.check.InputValidator} in {@code checker/}, or is
 * {@code null} when the per-parameter constraints say everything.
 */
public record Problem(
        Path dir,
        int id,
        String slug,
        String title,
        String titleZh,
        String difficulty,
        List<String> tags,
        Signature signature,
        Limits limits,
        CheckerSpec checker,
        String validatorClass) {

    public Problem {
        tags = List.copyOf(tags);
    }

    public Path referenceSource() {
        return dir.resolve("reference").resolve("Solution.java");
    }
}
