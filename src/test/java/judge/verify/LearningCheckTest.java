package judge.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import judge.TestPackages;
import judge.problem.Learning;
import judge.problem.ProblemLoader;
import judge.problem.ProblemRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify's check of the editorial and hints: whole in both languages, 1 to 3 hints, or absent (a warning). */
class LearningCheckTest {
    @TempDir Path problems;

    private Verifier.Check check(Path dir) {
        return LearningCheck.of(ProblemLoader.load(dir));
    }

    @Test
    void seventySixHasItsEditorialAndHintsInBothLanguages() {
        Verifier.Check c = check(TestPackages.P76);
        assertEquals(Verifier.Status.PASS, c.status(), c.detail());
        assertEquals("editorial in both languages, 3 hints in each", c.detail());
    }

    @Test
    void noMaterialAtAllIsAWarning() throws Exception {
        Path dir = TestPackages.copyOf76(problems);
        for (String f : new String[] {"editorial.md", "editorial.zh.md", "hints.json"}) {
            Files.delete(dir.resolve(f));
        }
        assertEquals(Verifier.Status.WARN, check(dir).status());
    }

    @Test
    void anEditorialInOneLanguageOnlyFails() throws Exception {
        Path dir = TestPackages.copyOf76(problems);
        Files.delete(dir.resolve("editorial.zh.md"));
        Verifier.Check c = check(dir);
        assertEquals(Verifier.Status.FAIL, c.status());
        assertEquals("editorial.zh.md is missing (editorial.md exists): an editorial comes in English and Chinese",
                c.detail());
    }

    @Test
    void hintCountsMustMatchAndStayWithinOneToThree() throws Exception {
        Path dir = TestPackages.copyOf76(problems);
        Path hints = dir.resolve("hints.json");
        Files.writeString(hints, "{\"en\": [\"a\", \"b\", \"c\", \"d\"], \"zh\": [\"甲\", \"乙\", \"丙\", \"丁\"]}");
        Verifier.Check c = check(dir);
        assertEquals(Verifier.Status.FAIL, c.status());
        assertTrue(c.detail().endsWith("hints.json:1:8 at /en:\n  expected 1 to 3 hints, found 4"), c.detail());

        Files.writeString(hints, "{\"en\": [\"a\"], \"zh\": [\"甲\", \"乙\"]}");
        assertTrue(check(dir).detail().endsWith(" at /zh:\n  expected as many Chinese hints as English ones (1),"
                + " found 2"), check(dir).detail());
        Files.writeString(hints, "{\"en\": [\"a\"], \"zh\": [\"  \"]}");
        assertTrue(check(dir).detail().endsWith(" at /zh/0:\n  expected a hint (a non-empty string), found an empty"
                + " string"), check(dir).detail());
        Files.writeString(hints, "{\"en\": [\"a\"]}");
        assertTrue(check(dir).detail().endsWith(":\n  missing field \"zh\": the hints in Chinese"), check(dir).detail());
        Files.writeString(hints, "{\"en\": [\"a\"], \"zh\": [\"甲\"], \"fr\": [\"un\"]}");
        assertTrue(check(dir).detail().endsWith(" at /fr:\n  unknown field \"fr\"; expected en and zh"),
                check(dir).detail());
        Files.writeString(hints, "[\"a\"]");
        assertTrue(check(dir).detail().contains("expected an object {\"en\": [hints], \"zh\": [hints]}, found an"
                + " array"), check(dir).detail());
    }

    @Test
    void anEmptyEditorialFails() throws Exception {
        Path dir = TestPackages.copyOf76(problems);
        Files.writeString(dir.resolve("editorial.md"), "\n\n");
        assertEquals("editorial.md is empty", check(dir).detail());
    }

    /** Every bundled package's material, where it has some, is whole: the same check verify --all makes. */
    @Test
    void everyBundledPackagesMaterialIsWhole() {
        for (Path dir : new ProblemRepository(TestPackages.PROBLEMS).packages()) {
            Verifier.Check c = check(dir);
            assertTrue(c.status() != Verifier.Status.FAIL, dir.getFileName() + ": " + c.detail());
            if (Files.exists(dir.resolve(Learning.HINTS_FILE))) {
                assertEquals(Verifier.Status.PASS, c.status(), dir.getFileName() + ": " + c.detail());
            }
        }
    }
}
