package judge.lang.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import judge.TestPackages;
import judge.problem.ProblemLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check.py: what it says about a source it only parses. */
class CheckPyTest {
    @TempDir Path dir;

    @BeforeAll
    static void needsPython() {
        assumeTrue(PythonProcess.available(), "python3 (3.9 or newer) is not installed");
    }

    private String check(String source) throws Exception {
        return check(source, PythonStub.checkConfig(TestPackages.p76()));
    }

    private String check(String source, String config) throws Exception {
        Path file = dir.resolve("solution.py");
        Files.writeString(file, source);
        return PythonProcess.check(file, config);
    }

    @Test
    void wellFormedSolutionWithHelpersAndMainBlockIsOk() throws Exception {
        assertEquals("{\"ok\": true}", check("""
                def helper(s):
                    return s

                class Solution:
                    class Inner:
                        pass

                    def minWindow(self, s: str, t: str) -> str:
                        return helper("")

                if __name__ == "__main__":
                    print(Solution().minWindow("a", "a"))
                """));
    }

    @Test
    void syntaxErrorIsAtTheUsersLineAndColumn() throws Exception {
        String out = check("""
                class Solution:
                    def minWindow(self, s: str, t: str) -> str:
                        return (s
                """);
        // The message's words change between Python versions; where it points does not.
        assertTrue(out.startsWith("{\"ok\": false, \"errors\": [{\"line\": 3, \"column\": 16, \"message\": "
                + "\"SyntaxError: "), out);
    }

    @Test
    void indentationErrorSaysSo() throws Exception {
        String out = check("class Solution:\n    def minWindow(self, s, t):\n        x = 1\n      return s\n");
        assertTrue(out.startsWith("{\"ok\": false, \"errors\": [{\"line\": 4,"), out);
        assertTrue(out.contains("IndentationError: unindent does not match any outer indentation level"), out);
    }

    @Test
    void returnOutsideAFunctionIsFoundWithoutRunningAnything() throws Exception {
        Path marker = dir.resolve("ran");
        String out = check("open(" + pythonString(marker.toString()) + ", 'w').close()\nreturn 1\n");
        assertTrue(out.contains("\"line\": 2") && out.contains("'return' outside function"), out);
        assertTrue(Files.notExists(marker), "check.py ran the source");
    }

    @Test
    void missingClassShowsTheShapeExpected() throws Exception {
        String out = check("class Sol:\n    pass\n");
        assertEquals("{\"ok\": false, \"errors\": [{\"line\": 1, \"column\": 1, \"message\": \"no class Solution at the "
                + "top level of the file: expected\\nclass Solution:\\n    def minWindow(self, s: str, t: str) -> str:\"}]}",
                out);
    }

    @Test
    void missingMethodAndWrongParameterCountShowTheDeclarationExpected() throws Exception {
        String missing = check("class Solution:\n    def minWindows(self, s, t):\n        return s\n");
        assertTrue(missing.contains("\"line\": 1, \"column\": 1, \"message\": \"class Solution has no method minWindow:"
                + " expected def minWindow(self, s: str, t: str) -> str:\""), missing);
        String wrong = check("class Solution:\n    def minWindow(self, s):\n        return s\n");
        assertEquals("{\"ok\": false, \"errors\": [{\"line\": 2, \"column\": 5, \"message\": \"minWindow takes 1 "
                + "parameter, expected 2 (and self): def minWindow(self, s: str, t: str) -> str:\"}]}", wrong);
        assertEquals("{\"ok\": true}", check("class Solution:\n    def minWindow(self, s, t, u=0):\n        return s\n"));
    }

    @Test
    void designProblemNeedsEveryMember() throws Exception {
        String config = PythonStub.checkConfig(ProblemLoader.load(TestPackages.PROBLEMS.resolve("0146-lru-cache")));
        String out = check("class LRUCache:\n    def __init__(self, capacity):\n        pass\n"
                + "    def get(self, key):\n        return -1\n", config);
        assertTrue(out.contains("class LRUCache has no method put: expected def put(self, key: int, value: int)"
                + " -> None:"), out);
    }

    @Test
    void hugeOrDeeplyNestedSourceIsAnErrorNotACrash() throws Exception {
        for (String source : new String[] {"x = " + "-".repeat(500_000) + "1\n", "x = " + "(".repeat(100_000) + "\n",
                "x = " + "1 + ".repeat(200_000) + "1\n", "#".repeat(2 << 20)}) {
            String out = check(source);
            assertTrue(out.startsWith("{\"ok\": false, \"errors\": [{\"line\": 1, \"column\": "), out);
        }
    }

    private static String pythonString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
