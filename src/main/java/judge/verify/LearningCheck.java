package judge.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import judge.problem.Learning;
import judge.problem.PackageException;
import judge.problem.Problem;

/**
 * {@code verify}'s check of a package's learning material: the editorial in English and Chinese, and
 * {@code hints.json} (1 to 3 hints, as many in each language). A package with none of them gets a warning (the
 * material is optional in the format); a package with some of it must have it whole.
 */
final class LearningCheck {
    static final String NAME = "editorial and hints (en, zh)";

    private LearningCheck() {}

    static Verifier.Check of(Problem problem) {
        Path dir = problem.dir();
        boolean en = Files.exists(Learning.editorialFile(dir, "en"));
        boolean zh = Files.exists(Learning.editorialFile(dir, "zh"));
        boolean hintsFile = Files.exists(dir.resolve(Learning.HINTS_FILE));
        if (!en && !zh && !hintsFile) {
            return new Verifier.Check(NAME, Verifier.Status.WARN, "none: add editorial.md, editorial.zh.md and"
                    + " hints.json (docs/authoring.md) for show --editorial and show --hint");
        }
        for (String lang : List.of("en", "zh")) {
            Path file = Learning.editorialFile(dir, lang);
            if (!Files.exists(file)) {
                return fail(file.getFileName() + " is missing (" + Learning.editorialFile(dir, lang.equals("en")
                        ? "zh" : "en").getFileName() + " exists): an editorial comes in English and Chinese");
            }
            if (!Files.isRegularFile(file)) {
                return fail(file.getFileName() + " is not a regular file");
            }
            try {
                if (Learning.editorial(dir, lang).orElseThrow().isBlank()) {
                    return fail(file.getFileName() + " is empty");
                }
            } catch (PackageException e) {
                return fail(e.getMessage());
            }
        }
        Optional<Learning.Hints> hints;
        try {
            hints = Learning.hints(dir);
        } catch (PackageException e) {
            return fail(e.getMessage());
        }
        if (hints.isEmpty()) {
            return new Verifier.Check(NAME, Verifier.Status.WARN, "editorial in both languages, but no hints.json");
        }
        int n = hints.get().count();
        return new Verifier.Check(NAME, Verifier.Status.PASS, "editorial in both languages, " + n
                + (n == 1 ? " hint" : " hints") + " in each");
    }

    private static Verifier.Check fail(String detail) {
        return new Verifier.Check(NAME, Verifier.Status.FAIL, detail);
    }
}
