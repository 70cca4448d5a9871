package judge.cli;

import static judge.TestPackages.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import judge.TestPackages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user and a CI job meet it: output, JSON contract, exit codes and error messages. */
class CliTest {
    @TempDir static Path dir;
    static Path accepted;
    static Path wrong;
    /** A problems folder holding 76 with its small hidden tests only, for the submits that show the report. */
    static Path small;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    @BeforeAll
    static void sources() {
        accepted = dir.resolve("Solution.java");
        write(accepted, TestPackages.read(TestPackages.P76.resolve("reference/Solution.java")));
        wrong = dir.resolve("Wrong.java");
        write(wrong, "class Solution { public String minWindow(String s, String t) { return t; } }");
        small = dir.resolve("problems");
        TestPackages.small76(small);
    }

    static Run judge(String... args) {
        return judgeIn(TestPackages.PROBLEMS, args);
    }

    /** Judges with {@link #small}'s 76: what a submit reports does not depend on how big the hidden tests are. */
    static Run judgeSmall(String... args) {
        return judgeIn(small, args);
    }

    private static Run judgeIn(Path problems, String... args) {
        List<String> all = new ArrayList<>(List.of("--problems", problems.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = JudgeCommand.execute(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void submitAcceptedExitsZeroWithRuntimeMemoryAndTheReferencesTime() {
        Run r = judgeSmall("submit", "76", accepted.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Accepted   76. Minimum Window Substring\n"), r.out());
        assertTrue(r.out().matches("(?s).*\\n(\\d+) / \\1 testcases passed\\n.*"), r.out());
        assertTrue(r.out().contains("Runtime: ") && r.out().contains("reference solution: "), r.out());
        assertTrue(r.out().contains("Memory: "), r.out());
        if (judge.sandbox.Sandbox.current().isolated()) {
            assertEquals("", r.err(), "no warning under the OS sandbox");
        }
    }

    @Test
    void submitJsonIsOneObjectWithTheDocumentedFields() throws Exception {
        Run r = judgeSmall("submit", "minimum-window-substring", wrong.toString(), "--format", "json");
        assertEquals(1, r.exit(), r.err());
        JsonNode j = r.json();
        assertEquals(Set.of("schemaVersion", "mode", "problem", "problemId", "title", "source", "language",
                "verdict", "verdictTitle", "passed", "total", "runtimeMs", "memoryMb", "referenceRuntimeMs", "message",
                "notes", "propertySeed", "failure", "compileErrors", "tests"), fieldNames(j));
        assertEquals(0, j.get("notes").size(), "a plain file gets no notes");
        assertEquals("java", j.get("language").asText());
        assertTrue(j.get("propertySeed").isNull(), "no property phase after a failed example");
        assertEquals("submit", j.get("mode").asText());
        assertEquals("minimum-window-substring", j.get("problem").asText());
        assertEquals(76, j.get("problemId").asInt());
        assertEquals("WRONG_ANSWER", j.get("verdict").asText());
        assertEquals("Wrong Answer", j.get("verdictTitle").asText());
        assertEquals(0, j.get("passed").asInt());
        assertTrue(j.get("total").asInt() > 20);
        JsonNode f = j.get("failure");
        assertEquals(Set.of("test", "verdict", "runtimeMs", "timeLimitMs", "input", "expected", "output", "message",
                "stdout", "truncated"), fieldNames(f));
        assertEquals(0, f.get("truncated").size(), "nothing was cut");
        assertEquals("example-1", f.get("test").asText());
        assertEquals("\"ADOBECODEBANC\"", f.get("input").get(0).asText());
        assertEquals("\"BANC\"", f.get("expected").asText());
        assertEquals("\"ABC\"", f.get("output").asText());
        assertFalse(f.get("message").asText().isEmpty());
    }

    @Test
    void passedHiddenTestsAreNotPrintedInJson() throws Exception {
        Run r = judgeSmall("submit", "76", accepted.toString(), "--format", "json");
        assertEquals(0, r.exit());
        JsonNode tests = r.json().get("tests");
        assertEquals(r.json().get("total").asInt(), tests.size());
        for (JsonNode t : tests) {
            assertEquals("ACCEPTED", t.get("verdict").asText());
            assertTrue(t.get("input").isNull(), "a passed test's input stays hidden: " + t);
        }
        assertTrue(r.json().get("failure").isNull());
        assertTrue(r.json().get("referenceRuntimeMs").isNumber());
    }

    @Test
    void compileErrorsAreInJsonWithLineAndColumn() throws Exception {
        Path bad = dir.resolve("Bad.java");
        write(bad, "class Solution {\n  public String minWindow(String s, String t) { return s }\n}\n");
        Run r = judge("run", "76", bad.toString(), "--format", "json");
        assertEquals(1, r.exit());
        JsonNode e = r.json().get("compileErrors").get(0);
        assertEquals(2, e.get("line").asInt());
        assertEquals("';' expected", e.get("message").asText());
        assertEquals("COMPILE_ERROR", r.json().get("verdict").asText());
    }

    @Test
    void runShowsEveryExampleInText() {
        Run r = judge("run", "0076", wrong.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("Case 1: Wrong Answer"), r.out());
        assertTrue(r.out().contains("Case 2: Accepted"), r.out());
        assertTrue(r.out().contains("Case 3: Wrong Answer"), r.out());
        assertTrue(r.out().contains("  s = \"ADOBECODEBANC\"\n  t = \"ABC\"\nOutput\n  \"ABC\"\nExpected\n  \"BANC\""),
                r.out());
    }

    @Test
    void runTakesCustomInputFromAFileAndFromCaseOptions() throws Exception {
        Path input = dir.resolve("input.txt");
        write(input, "\"ADOBECODEBANC\"\n\"ABC\"\n\"aa\"\n\"aa\"\n");
        Run r = judge("run", "76", accepted.toString(), "--input", input.toString(), "--case", "\"xAyB\" \"BA\"",
                "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode tests = r.json().get("tests");
        assertEquals(3, tests.size());
        assertEquals("\"BANC\"", tests.get(0).get("expected").asText());
        assertEquals("\"aa\"", tests.get(1).get("expected").asText());
        assertEquals("\"AyB\"", tests.get(2).get("output").asText());
    }

    @Test
    void customInputThatBreaksTheConstraintsIsAUsageError() {
        Run r = judge("run", "76", accepted.toString(), "--case", "\"abc\" \"a1\"");
        assertEquals(2, r.exit());
        assertEquals("judge: --case 1:1: character '1' at index 1 is not in [A-Za-z] (parameter t of minWindow)\n",
                r.err());

        Path input = dir.resolve("three.txt");
        write(input, "\"a\"\n\"b\"\n\"c\"\n");
        r = judge("run", "76", accepted.toString(), "--input", input.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("three.txt: found 3 value(s), but each case takes 2 (s (String), t (String))"),
                r.err());

        write(input, "\"a\"\n[1,\n");
        r = judge("run", "76", accepted.toString(), "--input", input.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("three.txt:3:1: expected a value"), r.err());

        r = judge("run", "76", accepted.toString(), "--case", "\"a\" \"b\" \"c\" \"d\"");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--case 1: holds 2 cases"), r.err());
    }

    @Test
    void aCaseWithOneValueTooManyOrTooFewSaysSo() {
        Run r = judge("run", "76", accepted.toString(), "--case", "\"a\" \"b\" \"c\"");
        assertEquals(2, r.exit());
        assertEquals("judge: --case 1: one value too many: found 3 values, but 76 takes 2 (s, t)\n", r.err());
        r = judge("run", "76", accepted.toString(), "--case", "\"ab\" \"b\"", "--case", "\"a\"");
        assertEquals(2, r.exit());
        assertEquals("judge: --case 2: one value too few: found 1 value, but 76 takes 2 (s, t)\n", r.err());
    }

    @Test
    void unreadableSourcesAreUsageErrorsThatSayWhichFileAndWhy() throws Exception {
        assertUsageError(judge("submit", "76", dir.resolve("Missing.java").toString()), "Missing.java: no such file");

        Path empty = dir.resolve("Empty.java");
        write(empty, "  \n");
        assertUsageError(judge("submit", "76", empty.toString()), "Empty.java: the file is empty");

        assertUsageError(judge("submit", "76", dir.toString()), "is a directory, not a file");

        Path latin1 = dir.resolve("Latin1.java");
        Files.write(latin1, "class Solution { // caf\u00e9\n}".getBytes(StandardCharsets.ISO_8859_1));
        assertUsageError(judge("submit", "76", latin1.toString()),
                "Latin1.java:1: not valid UTF-8 (byte 0xE9 at offset 23)");

        Path huge = dir.resolve("Huge.java");
        Files.write(huge, ("class Solution {}\n" + "//".repeat(5 << 20)).getBytes(StandardCharsets.UTF_8));
        assertUsageError(judge("submit", "76", huge.toString()), "Huge.java: the file is 10.0 MB; the limit is 1.0 MB");
    }

    @Test
    void usageErrorsInJsonModeStillPrintOneJsonObject() throws Exception {
        Run r = judge("submit", "76", dir.resolve("Missing.java").toString(), "--format", "json");
        assertEquals(2, r.exit());
        assertTrue(r.json().get("error").asText().endsWith("Missing.java: no such file"), r.out());
        assertEquals(1, r.json().get("schemaVersion").asInt());
    }

    @Test
    void verifyWithoutAJobIsAUsageError() {
        Run r = judgeSmall("verify", "76", "--jobs", "0");
        assertUsageError(r, "--jobs: at least 1; --threshold: a percentage from 0 to 100");
    }

    @Test
    void aProblemIsAlsoNamedByThePathOfItsFolderAsAShellCompletesIt(@TempDir Path elsewhere) throws Exception {
        Run r = judge("show", TestPackages.P76 + "/");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Minimum Window Substring"), r.out());

        Path copy = TestPackages.copyOf76(elsewhere);
        r = judge("show", copy.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Minimum Window Substring"), r.out());

        r = judge("show", elsewhere.toString());
        assertUsageError(r, "unknown problem \"" + elsewhere + "\"; give a number, a slug, a folder name or the path"
                + " of a package's folder.");
    }

    @Test
    void anUnknownProblemIsAUsageErrorListingTheKnownOnes() {
        Run r = judge("submit", "three-sum", accepted.toString());
        assertUsageError(r, "unknown problem \"three-sum\"");
        assertTrue(r.err().contains("0076-minimum-window-substring"), r.err());
    }

    @Test
    void aMalformedPackageIsAUsageErrorWithFileLineAndPointer(@TempDir Path problems) {
        Path copy = TestPackages.copyOf76(problems);
        write(copy.resolve("tests/hidden/01-boundaries.json"), "[{\"input\": {\"s\": \"a\", \"t\": [\"a\"]}}]");
        List<String> args = List.of("--problems", problems.toString(), "submit", "76", accepted.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = JudgeCommand.execute(args.toArray(String[]::new), new PrintStream(out), new PrintStream(err));
        assertEquals(2, exit);
        assertTrue(err.toString().contains("01-boundaries.json:1:28 at /0/input/t:\n  expected a string, found an array"
                + " (parameter t of minWindow)"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void badOptionsAreUsageErrors() {
        Run r = judge("submit", "76", accepted.toString(), "--format", "xml");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--format"), r.err());
        assertEquals(2, judge("submit", "76").exit());
        assertEquals(2, judge("frobnicate").exit());
    }

    @Test
    void debugDoesNotTurnAUsersMistakeIntoAStackTrace() {
        List<String> args = List.of("--debug", "--problems", TestPackages.PROBLEMS.toString(), "submit", "76",
                dir.resolve("Missing.java").toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = JudgeCommand.execute(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err));
        assertEquals(2, exit);
        assertTrue(err.toString().endsWith("Missing.java: no such file\n"), err.toString());
    }

    @Test
    void theProblemsOptionPointsAtAnotherFolder(@TempDir Path empty) {
        List<String> args = List.of("--problems", empty.toString(), "run", "76", accepted.toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = JudgeCommand.execute(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err));
        assertEquals(2, exit);
        assertTrue(err.toString().contains("No problems found in"), err.toString());
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = judge("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("submit") && help.out().contains("run"), help.out());
        assertTrue(help.out().contains("2   usage error or unreadable input"), help.out());
        Run version = judge("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("judge "), version.out());
    }

    private static void assertUsageError(Run r, String message) {
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals("", r.out());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
