package judge.cli;

import static judge.TestPackages.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import judge.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code judge fuzz} end to end: counterexamples, determinism, the JSON contract, --save. */
class FuzzCliTest {
    static final Path SUBMISSIONS = TestPackages.P76.resolve("submissions");

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run judge(Path problems, String... args) {
        List<String> all = new ArrayList<>(List.of("--problems", problems.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = JudgeCommand.execute(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run fuzz(String submission, String... more) {
        List<String> args = new ArrayList<>(List.of("fuzz", "76", SUBMISSIONS.resolve(submission).toString(),
                "--format", "json"));
        args.addAll(List.of(more));
        return judge(TestPackages.PROBLEMS, args.toArray(String[]::new));
    }

    @Test
    void caseFoldingShrinksToAnInputOfTotalLengthAtMostThree() throws Exception {
        Run r = fuzz("wrong_answer/CaseFolding.java", "--seed", "1");
        assertEquals(1, r.exit(), r.err());
        JsonNode c = r.json().get("counterexample");
        assertEquals("FALSIFIED", r.json().get("status").asText());
        assertTrue(c.get("size").asInt() <= 3, c.toString());
        assertEquals("WRONG_ANSWER", c.get("verdict").asText());
        assertTrue(r.json().get("original").get("size").asInt() >= c.get("size").asInt());
    }

    @Test
    void treatingTAsASetShrinksToSaAndTaa() throws Exception {
        JsonNode c = fuzz("wrong_answer/TreatsTAsSet.java", "--seed", "3").json().get("counterexample");
        assertEquals("[\"\\\"a\\\"\",\"\\\"aa\\\"\"]", c.get("input").toString());
        assertEquals(3, c.get("size").asInt());
        assertEquals("\"\"", c.get("expected").asText());
    }

    @Test
    void theSameSeedGivesTheSameTriesFailureAndCounterexample() throws Exception {
        JsonNode a = fuzz("wrong_answer/FirstCoveringWindow.java", "--seed", "42").json();
        JsonNode b = fuzz("wrong_answer/FirstCoveringWindow.java", "--seed", "42").json();
        for (JsonNode j : List.of(a, b)) {
            ((ObjectNode) j).remove(List.of("seconds", "triesPerSecond"));
        }
        assertEquals(a, b);
        assertEquals(42, a.get("seed").asLong());
    }

    /** 10,000 tries here; {@link FuzzCliIT} runs the same for 100,000. */
    @Test
    void aCorrectSolutionReturningTheLastShortestWindowPasses10000Tries() throws Exception {
        assertPassesTries(10000);
    }

    static void assertPassesTries(long tries) throws Exception {
        Run r = fuzz("accepted/LastShortestWindow.java", "--tries", String.valueOf(tries), "--time", "10m", "--seed", "9");
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode j = r.json();
        assertEquals("PASSED", j.get("status").asText());
        assertEquals(tries, j.get("tries").asLong());
        assertTrue(j.get("triesPerSecond").asDouble() > 0);
        assertTrue(j.get("counterexample").isNull() && j.get("original").isNull());
    }

    @Test
    void theJsonReportHasTheDocumentedFieldsAndNothingElseIsOnStdout() throws Exception {
        Run r = fuzz("runtime_error/LowercaseArray26.java", "--seed", "5");
        JsonNode j = r.json(); // parses the whole of stdout: nothing else was printed there
        assertEquals(Set.of("schemaVersion", "problem", "problemId", "language", "status", "seed", "tries",
                "seconds", "triesPerSecond", "shrinkSteps", "shrinkCutShort", "message", "counterexample", "original",
                "compileErrors", "savedTo"), names(j));
        assertEquals("java", j.get("language").asText());
        assertEquals(Set.of("input", "size", "expected", "output", "verdict", "message", "stdout",
                "truncated"), names(j.get("counterexample")));
        assertEquals("RUNTIME_ERROR", j.get("counterexample").get("verdict").asText());
        assertTrue(j.get("counterexample").get("message").asText().startsWith("java.lang.ArrayIndexOutOfBounds"));
    }

    @Test
    void textReportGivesTheCounterexampleInLeetCodesInputFormat() {
        Run r = judge(TestPackages.PROBLEMS, "fuzz", "76", SUBMISSIONS.resolve("wrong_answer/TreatsTAsSet.java").toString(),
                "--seed", "3");
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith("Falsified   76. Minimum Window Substring\nWrong Answer after "), r.out());
        assertTrue(r.out().contains("ready for run --input):\n  \"a\"\n  \"aa\"\n"), r.out());
        assertTrue(r.out().contains("--seed 3"), r.out());
    }

    @Test
    void aSourceThatDoesNotCompileIsAnError() throws Exception {
        Run r = fuzz("compile_error/MissingSemicolon.java", "--seed", "1");
        assertEquals(1, r.exit());
        assertEquals("ERROR", r.json().get("status").asText());
        assertTrue(r.json().get("compileErrors").size() > 0);
    }

    @Test
    void badOptionsAreUsageErrors() {
        Path ok = SUBMISSIONS.resolve("accepted/LastShortestWindow.java");
        Run r = judge(TestPackages.PROBLEMS, "fuzz", "76", ok.toString(), "--time", "soon");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("'soon' is not a duration"), r.err());
        r = judge(TestPackages.PROBLEMS, "fuzz", "76", ok.toString(), "--tries", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--tries must be at least 1"), r.err());
        r = judge(TestPackages.PROBLEMS, "fuzz", "76", ok.toString(), "--max-size", "0");
        assertEquals(2, r.exit());
    }

    @Test
    void saveToProblemAppendsTheCounterexampleToTheHiddenTestsWhichThenCatchTheSubmission(@TempDir Path problems)
            throws Exception {
        Path copy = TestPackages.copyOf76(problems);
        Path wrong = SUBMISSIONS.resolve("wrong_answer/TreatsTAsSet.java");
        Run r = judge(problems, "fuzz", "76", wrong.toString(), "--seed", "3", "--save-to-problem", "--format", "json");
        Path saved = copy.resolve("tests/hidden/90-fuzz.json");
        assertEquals(saved.toString(), r.json().get("savedTo").asText());
        String text = Files.readString(saved);
        assertTrue(text.contains("{\"name\":\"fuzz-seed-3\",\"input\":{\"s\":\"a\",\"t\":\"aa\"},\"expected\":\"\"}"), text);
        judge(problems, "fuzz", "76", wrong.toString(), "--seed", "4", "--save-to-problem");
        assertEquals(2, new ObjectMapper().readTree(saved.toFile()).size(), "appended, not overwritten");
        assertFalse(Files.list(saved.getParent()).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }

    @Test
    void saveKeepsTheCounterexampleAsAUserTestThatRunAndSubmitInclude(@TempDir Path userTests, @TempDir Path problems)
            throws Exception {
        TestPackages.small76(problems); // the submit below judges every hidden test: the small ones will do
        String before = System.getProperty("judge.userTests");
        System.setProperty("judge.userTests", userTests.toString());
        try {
            Path wrong = SUBMISSIONS.resolve("wrong_answer/TreatsTAsSet.java");
            Run r = judge(problems, "fuzz", "76", wrong.toString(), "--seed", "3", "--save");
            Path saved = userTests.resolve("0076/fuzz-seed-3.json");
            assertTrue(Files.exists(saved), r.out());
            assertTrue(r.out().contains("Saved as a test in " + saved), r.out());

            JsonNode run = judge(problems, "run", "76", wrong.toString(), "--format", "json").json();
            assertEquals(4, run.get("total").asInt(), "3 examples and the saved test");
            assertEquals("fuzz-seed-3", run.get("tests").get(3).get("test").asText());
            assertEquals("WRONG_ANSWER", run.get("tests").get(3).get("verdict").asText());

            Path right = SUBMISSIONS.resolve("accepted/LastShortestWindow.java");
            JsonNode submit = judge(problems, "submit", "76", right.toString(), "--format", "json").json();
            JsonNode tests = submit.get("tests");
            assertEquals("fuzz-seed-3", tests.get(tests.size() - 2).get("test").asText(), "before the property phase");
            assertEquals("ACCEPTED", submit.get("verdict").asText());
        } finally {
            if (before == null) {
                System.clearProperty("judge.userTests");
            } else {
                System.setProperty("judge.userTests", before);
            }
        }
    }

    /**
     * Running out of heap ends the child JVM (the judge runs it with ExitOnOutOfMemoryError): every shrink
     * candidate that fails takes a fresh child. On a copy of 76 with the smallest memory limit a package may
     * set (32 MB), so that each crash is a moment rather than 256 MB of allocation; the shrink time is only a
     * hang guard, so a busy machine shrinks as far as a quiet one. The same for a child that hangs (killed at
     * its time limit, then restarted) is {@link FuzzCliIT}'s: each of its candidates costs seconds of CPU.
     */
    @Test
    void aSolutionThatCrashesItsJvmIsShrunkWithItsChildRestartedEachTime(@TempDir Path dir) throws Exception {
        Path problems = dir.resolve("problems");
        Path json = TestPackages.copyOf76(problems).resolve("problem.json");
        String limits = TestPackages.read(json);
        assertTrue(limits.contains("\"memoryMb\": 256"), limits);
        write(json, limits.replace("\"memoryMb\": 256", "\"memoryMb\": 32"));
        Path crashes = dir.resolve("Crashes.java");
        write(crashes, "class Solution { public String minWindow(String s, String t) {"
                + " if (t.length() > 2) { List<long[]> hog = new ArrayList<>(); while (true) hog.add(new long[1 << 20]); }"
                + " return s.contains(t) ? t : \"\"; } }");
        JsonNode j = judge(problems, "fuzz", "76", crashes.toString(), "--seed", "1", "--format", "json",
                "--shrink-time", "10m").json();
        assertEquals("FALSIFIED", j.get("status").asText(), j.toString());
        assertFalse(j.get("shrinkCutShort").asBoolean(), j.toString());
        JsonNode c = j.get("counterexample");
        assertEquals("MEMORY_LIMIT_EXCEEDED", c.get("verdict").asText(), c::toString);
        assertEquals("\"aaa\"", c.get("input").get(1).asText(), "the shortest t that makes it crash");
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
