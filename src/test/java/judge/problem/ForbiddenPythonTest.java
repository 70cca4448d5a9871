package judge.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import judge.TestPackages;
import judge.judging.Result;
import judge.judging.Verdict;
import judge.lang.Language;
import judge.lang.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python entries of {@code "forbiddenApis"}: read beside the Java ones (which the class scan alone sees), refused
 * with the file, line and JSON pointer when malformed, and enforced on a Python solution as a Compile Error.
 */
class ForbiddenPythonTest {
    @TempDir Path problems;

    private Path withRules(String rules) throws Exception {
        Path dir = TestPackages.copyOf76(problems.resolve("p" + System.nanoTime()));
        Path json = dir.resolve("problem.json");
        Files.writeString(json, Files.readString(json).replace("\"checker\":", "\"forbiddenApis\": [\n" + rules
                + "\n  ],\n  \"checker\":"));
        return dir;
    }

    @Test
    void pythonEntriesSitBesideJavaOnesAndEachLanguageGetsItsOwn() throws Exception {
        Problem problem = ProblemLoader.load(withRules("""
                    { "member": "java.lang.String.indexOf", "reason": "scan the characters yourself" },
                    { "python": "math.fsum", "reason": "compensate it yourself" },
                    { "pythonModule": "scipy.special", "reason": "no library softmax" },
                    { "pythonStructFormat": "e", "reason": "round it yourself" }"""));
        assertEquals(List.of(new ForbiddenApi("java.lang.String", "indexOf", "scan the characters yourself")),
                problem.forbiddenApis());
        assertEquals(List.of(new ForbiddenPython("math", "fsum", null, "compensate it yourself"),
                new ForbiddenPython("scipy.special", null, null, "no library softmax"),
                new ForbiddenPython("struct", null, "e", "round it yourself")), problem.forbiddenPython());
        assertEquals(List.of("math.fsum", "scipy.special", "struct format 'e'"),
                problem.forbiddenPython().stream().map(ForbiddenPython::qualifiedName).toList());
    }

    @Test
    void malformedPythonEntriesAreLocatedErrors() throws Exception {
        String[][] cases = {
            {"{ \"python\": \"fsum\", \"reason\": \"x\" }", "at /forbiddenApis/0/python",
                "expected a Python module's name, a dot and a name in it, such as \"math.fsum\""},
            {"{ \"pythonModule\": \"scipy-special\", \"reason\": \"x\" }", "at /forbiddenApis/0/pythonModule",
                "expected a Python module's dotted name"},
            {"{ \"pythonStructFormat\": \"<e\", \"reason\": \"x\" }", "at /forbiddenApis/0/pythonStructFormat",
                "expected format codes of Python's struct module"},
            {"{ \"python\": \"builtins.sorted\", \"reason\": \"x\" }", "at /forbiddenApis/0/python",
                "Python's builtins cannot be forbidden"},
            {"{ \"python\": \"math.fsum\", \"pythonModule\": \"math\", \"reason\": \"x\" }", "at /forbiddenApis/0",
                "expected exactly one of"},
            {"{ \"pythonModule\": \"numpy\" }", "at /forbiddenApis/0", "missing field \"reason\""},
            {"{ \"pythonModule\": \"numpy\", \"why\": \"x\", \"reason\": \"x\" }", "at /forbiddenApis/0", "why"},
        };
        for (String[] c : cases) {
            Path dir = withRules("    " + c[0]);
            PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.load(dir), c[0]);
            assertTrue(e.getMessage().contains("problem.json:") && e.getMessage().contains(c[1])
                    && e.getMessage().contains(c[2]), c[0] + " -> " + e.getMessage());
        }
    }

    @Test
    void aPythonSolutionUsingAForbiddenNameIsACompileErrorWithThePackagesReason() throws Exception {
        Language python = Languages.named("python");
        assumeTrue(python.unavailable() == null, () -> "no Python here: " + python.unavailable());
        Problem problem = ProblemLoader.load(withRules(
                "    { \"python\": \"collections.Counter\", \"reason\": \"count the letters yourself\" }"));
        Result r = TestPackages.judge().run(problem, python.source(Path.of("solution.py"), """
                class Solution:
                    def minWindow(self, s: str, t: str) -> str:
                        need = Counter(t)
                        return s if need else ""
                """), null);
        assertEquals(Verdict.COMPILE_ERROR, r.verdict());
        assertEquals("uses collections.Counter: count the letters yourself", r.message());
    }
}
