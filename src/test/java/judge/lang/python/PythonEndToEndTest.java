package judge.lang.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import judge.TestPackages;
import judge.cli.JudgeCommand;
import judge.judging.Result;
import judge.judging.Verdict;
import judge.lang.Language;
import judge.lang.Languages;
import judge.practice.History;
import judge.practice.Submission;
import judge.sandbox.Sandbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python solutions through the judge and the CLI, as a user meets them: run and submit with LeetCode's verdicts,
 * errors at the user's own lines, {@code new --lang python}, a class mixing Java and Python in one grade, and
 * the language kept in the history and the JSON reports.
 */
class PythonEndToEndTest {
    private static final String ACCEPTED = """
            class Solution:
                def minWindow(self, s: str, t: str) -> str:
                    need = Counter(t)
                    missing = len(t)
                    left = 0
                    best = (0, float("inf"))
                    for right, c in enumerate(s, 1):
                        if need[c] > 0:
                            missing -= 1
                        need[c] -= 1
                        if missing == 0:
                            while need[s[left]] < 0:
                                need[s[left]] += 1
                                left += 1
                            if right - left < best[1] - best[0]:
                                best = (left, right)
                            need[s[left]] += 1
                            missing += 1
                            left += 1
                    return "" if best[1] == float("inf") else s[best[0]:best[1]]


            if __name__ == "__main__":
                raise SystemExit("the main block must not run")
            """;

    @TempDir static Path dir;
    static Language python;

    @BeforeAll
    static void pythonRunsHere() {
        python = Languages.named("python");
        assumeTrue(python.unavailable() == null, () -> "no Python here: " + python.unavailable());
        assumeTrue(Sandbox.current().isolated(), "Python runs only under the OS sandbox");
    }

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run judge(String... args) {
        List<String> all = new ArrayList<>(List.of("--problems", TestPackages.PROBLEMS.toString(), "--data",
                dir.resolve("data").toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = JudgeCommand.execute(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result submit(String text) {
        return TestPackages.judge().submit(TestPackages.p76(), python.source(Path.of("solution.py"), text));
    }

    @Test
    void anIdiomaticSolutionIsAcceptedWithThePropertyPhaseAndItsLanguage() {
        Result r = submit(ACCEPTED);
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> r.message() + " " + r.failure());
        assertEquals(r.total(), r.passed());
        assertTrue(r.tests().get(r.tests().size() - 1).name().startsWith("property"), "submit ends with the property");
        assertEquals("python", r.language());
    }

    @Test
    void aSyntaxErrorIsACompileErrorAtTheUsersLineAndColumn() {
        Result r = submit("class Solution:\n    def minWindow(self, s: str, t: str) -> str:\n        x = [1, 2\n"
                + "        return ''\n");
        assertEquals(Verdict.COMPILE_ERROR, r.verdict());
        assertEquals(3, r.compileErrors().get(0).line(), r.compileErrors().toString());
        assertEquals(13, r.compileErrors().get(0).column(), r.compileErrors().toString());
    }

    @Test
    void aWrongSignatureSaysWhichOneWasExpected() {
        Result r = submit("class Solution:\n    def minWindow(self, s):\n        return s\n");
        assertEquals(Verdict.COMPILE_ERROR, r.verdict());
        assertTrue(r.compileErrors().get(0).message().contains("def minWindow(self, s: str, t: str) -> str:"),
                r.compileErrors().toString());
    }

    @Test
    void anExceptionIsARuntimeErrorWithTheUsersLinesAndPrintsAreShown() {
        Result r = TestPackages.judge().run(TestPackages.p76(), python.source(Path.of("mine.py"), """
                def helper(n):
                    return 10 // n

                class Solution:
                    def minWindow(self, s: str, t: str) -> str:
                        print("looking at", s)
                        return str(helper(0))
                """), null);
        assertEquals(Verdict.RUNTIME_ERROR, r.verdict());
        String message = r.failure().message();
        assertTrue(message.startsWith("ZeroDivisionError: "), message);
        assertTrue(message.contains("Line 2 in helper (mine.py)") && message.contains("Line 7 in"), message);
        assertTrue(!message.contains("runner.py"), "the runner's own frames are cut: " + message);
        assertEquals("looking at ADOBECODEBANC\n", r.failure().stdout());
    }

    @Test
    void sysExitIsARuntimeErrorAndMemoryErrorAMemoryLimit() {
        Result exit = TestPackages.judge().run(TestPackages.p76(), python.source(Path.of("quit.py"),
                "import sys\nclass Solution:\n    def minWindow(self, s: str, t: str) -> str:\n        sys.exit(0)\n"),
                null);
        assertEquals(Verdict.RUNTIME_ERROR, exit.verdict());
        assertTrue(exit.failure().message().contains("sys.exit"), exit.failure().message());
        Result memory = TestPackages.judge().run(TestPackages.p76(), python.source(Path.of("hungry.py"),
                "class Solution:\n    def minWindow(self, s: str, t: str) -> str:\n        a = []\n"
                + "        while True:\n            a.append(bytearray(10**7))\n"), null);
        assertEquals(Verdict.MEMORY_LIMIT_EXCEEDED, memory.verdict(), () -> memory.failure().message());
    }

    @Test
    void aMemoryErrorTheSolutionRaisesItselfIsARuntimeErrorNamingIt() {
        // Issue 11: as Java's own OutOfMemoryError, a MemoryError by name alone, with memory to spare, is not
        // a memory verdict; the report names it like any other exception.
        Result r = TestPackages.judge().run(TestPackages.p76(), python.source(Path.of("liar.py"),
                "class Solution:\n    def minWindow(self, s: str, t: str) -> str:\n"
                + "        raise MemoryError(\"pretend\")\n"), null);
        assertEquals(Verdict.RUNTIME_ERROR, r.verdict(), () -> r.failure().message());
        String message = r.failure().message();
        assertTrue(message.startsWith("MemoryError: pretend"), message);
        assertTrue(message.contains("Line 3 in Solution.minWindow (liar.py)"), message);
    }

    @Test
    void newWritesLeetCodesPythonStubAndTheLanguageComesFromLangThenJudgeLang() throws Exception {
        Path out = dir.resolve("new");
        Run r = judge("new", "146", "--lang", "python", "--dir", out.toString());
        assertEquals(0, r.exit(), r.err());
        String stub = Files.readString(out.resolve("solution.py"));
        assertTrue(stub.contains("class LRUCache:") && stub.contains("def __init__(self, capacity: int):"), stub);
        Run unknown = judge("new", "76", "--lang", "cobol", "--dir", out.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("supported languages: cpp, java, python"), unknown.err());
    }

    @Test
    void aClassMixingJavaAndPythonIsGradedInOneRunWithEachLanguageInTheJson() throws Exception {
        Path classDir = dir.resolve("class");
        TestPackages.write(classDir.resolve("alice/76.py"), ACCEPTED);
        TestPackages.write(classDir.resolve("bob/76.java"), TestPackages.read(TestPackages.P76.resolve(
                "reference/Solution.java")));
        TestPackages.write(classDir.resolve("carol/minimum-window-substring/solution.py"),
                "class Solution:\n    def minWindow(self, s: str, t: str) -> str:\n        return t\n");
        Run r = judge("grade", classDir.toString(), "--format", "json");
        JsonNode submissions = r.json().get("submissions");
        assertEquals(3, submissions.size(), r.out() + r.err());
        assertEquals("alice python ACCEPTED", line(submissions.get(0)));
        assertEquals("bob java ACCEPTED", line(submissions.get(1)));
        assertEquals("carol python WRONG_ANSWER", line(submissions.get(2)));
    }

    private static String line(JsonNode s) {
        return s.get("student").asText() + " " + s.get("language").asText() + " " + s.get("verdict").asText();
    }

    @Test
    void runAndSubmitReportTheLanguageInJsonAndTheHistory() throws Exception {
        Path source = dir.resolve("history/solution.py");
        TestPackages.write(source, ACCEPTED);
        Run run = judge("run", "76", source.toString(), "--format", "json");
        assertEquals(0, run.exit(), run.err());
        assertEquals("python", run.json().get("language").asText());
        List<Submission> all = History.readAll(dir.resolve("data/history.db"));
        Submission last = all.get(all.size() - 1);
        assertEquals("python", last.language());
        assertTrue(judge("history", "show", String.valueOf(last.id())).out().contains("language python"));
    }
}
