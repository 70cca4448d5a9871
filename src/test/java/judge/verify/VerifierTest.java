package judge.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import judge.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify finds what is wrong with a package, and says where. */
class VerifierTest {
    @TempDir Path problems;

    /** A copy of 76 without its slow and memory-hungry submissions, so that a verify run is quick. */
    private Path copy() throws Exception {
        Path dir = TestPackages.copyOf76(problems);
        Path accepted = dir.resolve("submissions/accepted");
        Files.createDirectories(accepted);
        Files.copy(TestPackages.P76.resolve("submissions/accepted/HashMapWindow.java"), accepted.resolve("HashMapWindow.java"));
        return dir;
    }

    private static Verifier.Check find(List<Verifier.Check> checks, String prefix) {
        return checks.stream().filter(c -> c.name().startsWith(prefix)).findFirst().orElseThrow(
                () -> new AssertionError("no check " + prefix + " in " + checks));
    }

    @Test
    void aStatementWhoseExampleDriftsFromTheTestsFails() throws Exception {
        Path dir = copy();
        Path zh = dir.resolve("statement.zh.md");
        Files.writeString(zh, Files.readString(zh).replace("输出：\"BANC\"", "输出：\"BANCO\""));
        Verifier.Check c = find(new Verifier(TestPackages.judge()).verify(dir), "statements");
        assertEquals(Verifier.Status.FAIL, c.status());
        assertEquals("statement.zh.md:15: example 1 differs from example-1 in tests/examples.json", c.detail());
    }

    @Test
    void aBoundNoHiddenTestReachesFails() throws Exception {
        Path dir = copy();
        Files.delete(dir.resolve("tests/hidden/04-max.json"));
        List<Verifier.Check> checks = new Verifier(TestPackages.judge()).verify(dir);
        Verifier.Check c = find(checks, "bound reached: s length");
        assertEquals(Verifier.Status.FAIL, c.status());
        assertTrue(c.detail().startsWith("declared 1..100000, tests reach 1.."), c.detail());
    }

    @Test
    void aSubmissionInTheWrongFolderFailsWithItsRealVerdict() throws Exception {
        Path dir = copy();
        Path wrong = dir.resolve("submissions/wrong_answer");
        Files.createDirectories(wrong);
        Files.copy(TestPackages.P76.resolve("submissions/accepted/LastShortestWindow.java"), wrong.resolve("NotWrong.java"));
        List<Verifier.Check> checks = new Verifier(TestPackages.judge()).verify(dir);
        Verifier.Check c = find(checks, "submissions/wrong_answer/NotWrong.java");
        assertEquals(Verifier.Status.FAIL, c.status());
        assertEquals("expected Wrong Answer, got Accepted", c.detail());
        assertEquals(Verifier.Status.WARN, find(checks, "property: wrong_answer/NotWrong.java").status());
        assertEquals(Verifier.Status.PASS, find(checks, "reference is Accepted").status());
    }

    @Test
    void aMissingStatementFails() throws Exception {
        Path dir = copy();
        Files.delete(dir.resolve("statement.md"));
        assertEquals("statement.md is missing", find(new Verifier(TestPackages.judge()).verify(dir), "statements").detail());
    }
}
