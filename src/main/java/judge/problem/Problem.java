package judge.problem;

import java.nio.file.Path;
import java.util.List;

/**
 * A problem package as loaded from disk ({@code problems/0076-minimum-window-substring/}).
 * {@code validatorClass} names the package's {@code judge.check.InputValidator} in {@code checker/}, or is
 * {@code null} when the per-parameter constraints say everything. {@code forbiddenApis} are the Java APIs the
 * package forbids its solutions, {@code forbiddenPython} the Python ones, {@code forbiddenCpp} the C++ identifiers
 * (each empty when none).
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
        String validatorClass,
        List<ForbiddenApi> forbiddenApis,
        List<ForbiddenPython> forbiddenPython,
        List<ForbiddenCpp> forbiddenCpp) {

    public Problem {
        tags = List.copyOf(tags);
        forbiddenApis = forbiddenApis == null ? List.of() : List.copyOf(forbiddenApis);
        forbiddenPython = forbiddenPython == null ? List.of() : List.copyOf(forbiddenPython);
        forbiddenCpp = forbiddenCpp == null ? List.of() : List.copyOf(forbiddenCpp);
    }

    /** A package that forbids no C++ identifier. */
    public Problem(Path dir, int id, String slug, String title, String titleZh, String difficulty, List<String> tags,
            Signature signature, Limits limits, CheckerSpec checker, String validatorClass,
            List<ForbiddenApi> forbiddenApis, List<ForbiddenPython> forbiddenPython) {
        this(dir, id, slug, title, titleZh, difficulty, tags, signature, limits, checker, validatorClass, forbiddenApis,
                forbiddenPython, List.of());
    }

    /** A package that forbids no Python API. */
    public Problem(Path dir, int id, String slug, String title, String titleZh, String difficulty, List<String> tags,
            Signature signature, Limits limits, CheckerSpec checker, String validatorClass,
            List<ForbiddenApi> forbiddenApis) {
        this(dir, id, slug, title, titleZh, difficulty, tags, signature, limits, checker, validatorClass, forbiddenApis,
                List.of());
    }

    /** A package that forbids no API. */
    public Problem(Path dir, int id, String slug, String title, String titleZh, String difficulty, List<String> tags,
            Signature signature, Limits limits, CheckerSpec checker, String validatorClass) {
        this(dir, id, slug, title, titleZh, difficulty, tags, signature, limits, checker, validatorClass, List.of(), List.of());
    }

    public Path referenceSource() {
        return dir.resolve("reference").resolve("Solution.java");
    }
}
