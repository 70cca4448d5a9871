package judge.problem;

import java.nio.file.Path;
import java.util.List;

/** A problem package as loaded from disk ({@code problems/0076-minimum-window-substring/}). */
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
        CheckerSpec checker) {

    public Problem {
        tags = List.copyOf(tags);
    }

    public Path referenceSource() {
        return dir.resolve("reference").resolve("Solution.java");
    }
}
