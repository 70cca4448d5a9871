package judge.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import judge.TestPackages;
import judge.problem.ProblemLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify finds what is wrong with a package, and says where. */
class VerifierTest {
    @TempDir Path problems;

    /** A copy of 76 without its slow and memory-hungry submissions, so that a verify run is quick. */
    private Path copy() throws Exception {
        Path dir = TestPackages.copyOf76(problems);
        put(dir, "accepted/HashMapWindow.java", "accepted/HashMapWindow.java");
        return dir;
    }

    /** Files 76's known submission {@code from} (under submissions/) in the copy {@code dir} as {@code to}. */
    private static void put(Path dir, String from, String to) throws Exception {
        Path file = dir.resolve("submissions").resolve(to);
        Files.createDirectories(file.getParent());
        Files.copy(TestPackages.P76.resolve("submissions").resolve(from), file);
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
    void theLengthOfRowsIsABoundToReachToo() {
        Path dir = TestPackages.PROBLEMS.resolve("0200-number-of-islands");
        judge.problem.Problem p = ProblemLoader.load(dir);
        List<judge.problem.TestCase> narrow = ProblemLoader.hidden(p).stream()
                .filter(t -> ((judge.value.Value.Arr) ((judge.value.Value.Arr) t.input().get(0)).items().get(0)).items().size() < 300)
                .toList();
        Verifier.Check rows = find(Verifier.boundsReached(p, narrow), "bound reached: grid[i] length");
        assertEquals(Verifier.Status.WARN, rows.status(), "200 has a validator, so an unreached bound is a warning");
        assertEquals("declared 1..300, tests reach 1..60 (the validator may exclude the bound)", rows.detail());
        assertEquals(Verifier.Status.PASS, find(Verifier.boundsReached(p, ProblemLoader.hidden(p)),
                "bound reached: grid[i] length").status());
    }

    @Test
    void aSubmissionInTheWrongFolderFailsWithItsRealVerdict() throws Exception {
        Path dir = copy();
        put(dir, "accepted/LastShortestWindow.java", "wrong_answer/NotWrong.java");
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

    /**
     * The bar on hidden tests: a test that alone kills a known wrong submission is not padding, and removing
     * it makes verify fail, naming the submission that now passes. 2962's IntCounter overflows only where the
     * answer passes 2^31 - 1; the property phase's small inputs never get there, so the big tests are the
     * only killers. Here all of them but one are dropped, then that one.
     */
    @Test
    void removingTheOnlyTestThatKillsAWrongSubmissionFailsVerifyNamingIt() throws Exception {
        Path source = TestPackages.PROBLEMS.resolve("2962-count-subarrays-where-max-element-appears-at-least-k-times");
        Path dir = TestPackages.copyOf(source, problems);
        Path wrong = dir.resolve("submissions/wrong_answer");
        Files.createDirectories(wrong);
        Files.copy(source.resolve("submissions/wrong_answer/IntCounter.java"), wrong.resolve("IntCounter.java"));
        Path hidden = dir.resolve("tests/hidden");
        ObjectMapper json = new ObjectMapper();
        ArrayNode killers = json.createArrayNode();
        for (Path file : ProblemLoader.jsonFiles(hidden)) {
            ArrayNode kept = json.createArrayNode();
            for (JsonNode test : json.readTree(file.toFile())) {
                (test.get("expected").asLong() > Integer.MAX_VALUE ? killers : kept).add(test);
            }
            json.writeValue(file.toFile(), kept);
        }
        assertTrue(killers.size() >= 2, "2962 has several tests whose answer overflows an int: " + killers);
        ArrayNode only = json.createArrayNode();
        killers.forEach(t -> {
            if (t.get("name").asText().equals("max-all-equal-k-1")) {
                only.add(t);
            }
        });
        assertEquals(1, only.size());
        json.writeValue(hidden.resolve("05-the-only-overflow.json").toFile(), only);

        Verifier verifier = new Verifier(TestPackages.judge());
        Verifier.Check with = find(verifier.verify(dir), "submissions/wrong_answer/IntCounter.java");
        assertEquals(Verifier.Status.PASS, with.status(), with.detail());

        Files.delete(hidden.resolve("05-the-only-overflow.json"));
        List<Verifier.Check> checks = verifier.verify(dir);
        Verifier.Check without = find(checks, "submissions/wrong_answer/IntCounter.java");
        assertEquals(Verifier.Status.FAIL, without.status());
        assertEquals("expected Wrong Answer, got Accepted", without.detail());
    }

    /**
     * A submission filed as slow that is not: judged with the looser limits first, it is Accepted, so it is judged
     * again with the problem's own, and fails with that verdict (not a warning about sensitivity).
     */
    @Test
    void aFastSubmissionFiledAsSlowFailsWithItsRealVerdict() throws Exception {
        Path dir = copy();
        put(dir, "accepted/LastShortestWindow.java", "time_limit_exceeded/NotSlow.java");
        Verifier.Check c = find(new Verifier(TestPackages.judge()).verify(dir), "submissions/time_limit_exceeded/NotSlow.java");
        assertEquals(Verifier.Status.FAIL, c.status());
        assertEquals("expected Time Limit Exceeded, got Accepted", c.detail());
    }

    /** Known submissions judged side by side give the same checks, in the same order, as one at a time. */
    @Test
    void jobsSideBySideGiveTheSameChecksInTheSameOrder() throws Exception {
        Path dir = copy();
        for (String file : List.of("wrong_answer/TreatsTAsSet.java", "wrong_answer/OffByOneEnd.java",
                "runtime_error/ForgetsNoWindowCase.java", "compile_error/MissingSemicolon.java",
                "accepted/counter_window.py")) {
            put(dir, file, file);
        }
        List<String> one = new Verifier(TestPackages.judge(), 1).verify(dir).stream()
                .map(c -> c.status() + " " + c.name()).toList();
        List<String> three = new Verifier(TestPackages.judge(), 3).verify(dir).stream()
                .map(c -> c.status() + " " + c.name()).toList();

        assertEquals(one, three);
        assertTrue(one.contains("PASS submissions/runtime_error/ForgetsNoWindowCase.java"), one.toString());
        assertTrue(one.contains("PASS property: wrong_answer/OffByOneEnd.java is falsified"), one.toString());
        assertTrue(one.indexOf("PASS submissions/accepted/counter_window.py")
                < one.indexOf("PASS submissions/wrong_answer/TreatsTAsSet.java"), one.toString());
    }

    /**
     * For the build: the checks that can only warn are left out (the property run of each wrong submission, the
     * looser limits of a slow one), and a slow submission is judged once, with the package's limits.
     */
    @Test
    void failuresOnlyLeavesOutTheChecksThatCanOnlyWarn() throws Exception {
        Path dir = copy();
        put(dir, "wrong_answer/OffByOneEnd.java", "wrong_answer/OffByOneEnd.java");
        put(dir, "wrong_answer/TreatsTAsSet.java", "time_limit_exceeded/NotSlowButWrong.java");
        List<Verifier.Check> checks = new Verifier(TestPackages.judge(), 2).failuresOnly().verify(dir);

        assertEquals(Verifier.Status.PASS, find(checks, "submissions/wrong_answer/OffByOneEnd.java").status());
        Verifier.Check slow = find(checks, "submissions/time_limit_exceeded/NotSlowButWrong.java");
        assertEquals(Verifier.Status.FAIL, slow.status());
        assertTrue(slow.detail().startsWith("expected Time Limit Exceeded, got Wrong Answer"), slow.detail());
        assertEquals(Verifier.Status.PASS, find(checks, "property: reference against itself").status());
        assertTrue(checks.stream().noneMatch(c -> c.name().startsWith("property: wrong_answer/")), checks.toString());
    }

    @Test
    void aVerifierNeedsAtLeastOneJob() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Verifier(TestPackages.judge(), 0));
        assertEquals("jobs: at least 1; found 0", e.getMessage());
    }
}
