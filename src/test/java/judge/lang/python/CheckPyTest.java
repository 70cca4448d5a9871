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

    /** The configuration check.py gets for 9002, whose problem.json forbids struct's format 'e' and numpy. */
    private static String config9002() {
        return PythonStub.checkConfig(ProblemLoader.load(TestPackages.PROBLEMS.resolve("9002-round-float-to-half")));
    }

    private static final String HALF_REASON = "the exercise is the rounding itself: struct's half-precision format"
            + " ('e') rounds for you; work with the bit fields yourself";

    @Test
    void nineThousandTwoRefusesStructsHalfFormatInEveryFormAndAllowsItsOtherFormats() throws Exception {
        String head = "class Solution:\n    def floatToHalf(self, bits: int) -> int:\n";
        String[][] cases = {
            {"import struct\n" + head + "        f = struct.unpack('<f', struct.pack('<i', bits))[0]\n"
                    + "        return struct.unpack('<H', struct.pack('<e', f))[0]\n",
             "5:36", "uses struct.pack with the format '<e'"},
            {"from struct import pack, unpack\n" + head + "        return unpack('<H', pack(b'>e', 1.0))[0]\n",
             "4:29", "uses struct.pack with the format '>e'"},
            {"import struct as s\n" + head + "        return s.unpack('e', b'\\0\\0')[0]\n",
             "4:16", "uses struct.unpack with the format 'e'"},
            {"import struct\n" + head + "        return struct.Struct(format='<e').size\n",
             "4:16", "uses struct.Struct with the format '<e'"},
            {"import _struct\n" + head + "        return 0\n", "1:1", "imports _struct"},
        };
        for (String[] c : cases) {
            String out = check(c[0], config9002());
            String[] at = c[1].split(":");
            assertEquals("{\"ok\": false, \"errors\": [{\"line\": " + at[0] + ", \"column\": " + at[1]
                    + ", \"message\": \"" + c[2] + ": " + HALF_REASON + "\"}]}", out, c[0]);
        }
        // Reinterpreting the bits with struct (Java's Float.intBitsToFloat, which 9002 allows) is fine.
        assertEquals("{\"ok\": true}", check("import struct\n" + head
                + "        f = struct.unpack('<f', struct.pack('<i', bits))[0]\n        return int(f)\n", config9002()));
        String numpy = check("import numpy as np\n" + head + "        return int(np.float16(1.0).view(np.uint16))\n",
                config9002());
        assertTrue(numpy.startsWith("{\"ok\": false, \"errors\": [{\"line\": 1, \"column\": 1, \"message\": "
                + "\"imports numpy: the exercise is the rounding itself: numpy.float16 rounds for you"), numpy);
    }

    private static final String RULES = "{\"class\":\"Solution\",\"method\":\"f\",\"params\":[\"xs\"],"
            + "\"forbidden\":[{\"module\":\"math\",\"name\":\"fsum\",\"reason\":\"compensate it yourself\"},"
            + "{\"module\":\"scipy.special\",\"reason\":\"no library softmax\"},"
            + "{\"module\":\"numpy\",\"reason\":\"no numpy\"}]}";

    @Test
    void forbiddenModulesAndNamesAreFoundThroughImportsAliasesAndLiteralDynamicForms() throws Exception {
        String[][] cases = {
            {"import numpy", "imports numpy: no numpy"},
            {"import numpy.linalg as la", "imports numpy.linalg: no numpy"},
            {"from numpy import float16", "imports numpy: no numpy"},
            {"from scipy import special", "imports scipy.special: no library softmax"},
            {"import scipy.special as sp", "imports scipy.special: no library softmax"},
            {"from math import fsum as add_up", "imports math.fsum: compensate it yourself"},
            {"x = __import__('numpy')", "uses numpy: no numpy"},
            {"import importlib\nx = importlib.import_module('scipy.special')", "uses scipy.special: no library softmax"},
            {"x = sys.modules['numpy']", "uses numpy: no numpy"},
            {"x = sys.modules.get('numpy')", "uses numpy: no numpy"},
            {"x = fsum([0.1] * 10)", "uses math.fsum: compensate it yourself"},
            {"x = math.fsum([0.1] * 10)", "uses math.fsum: compensate it yourself"},
            {"import math as m\nx = m.fsum([0.1] * 10)", "uses math.fsum: compensate it yourself"},
            {"x = getattr(math, 'fsum')([0.1])", "uses math.fsum: compensate it yourself"},
            {"import scipy\nx = scipy.special.softmax", "uses scipy.special.softmax: no library softmax"},
        };
        for (String[] c : cases) {
            String source = c[0] + "\nclass Solution:\n    def f(self, xs):\n        return 0\n";
            String out = check(source, RULES);
            int line = c[0].split("\n").length;
            assertTrue(out.startsWith("{\"ok\": false, \"errors\": [{\"line\": " + line + ", \"column\": "), c[0] + ": " + out);
            assertTrue(out.contains("\"message\": \"" + c[1] + "\"}"), c[0] + ": " + out);
        }
        // An alias of a forbidden module is refused where it is imported and where it is used.
        String aliased = check("import numpy as np\nclass Solution:\n    def f(self, xs):\n        return np.sum(xs)\n",
                RULES);
        assertEquals("{\"ok\": false, \"errors\": [{\"line\": 1, \"column\": 1, \"message\": \"imports numpy: no numpy\"}, "
                + "{\"line\": 4, \"column\": 16, \"message\": \"uses numpy.sum: no numpy\"}]}", aliased);
    }

    @Test
    void namesTheSolutionBindsItselfAndOtherModulesAreNotForbidden() throws Exception {
        assertEquals("{\"ok\": true}", check("""
                import scipy
                from math import *
                from math import sqrt

                def fsum(xs):
                    total = 0.0
                    for x in xs:
                        total += x
                    return total

                class Solution:
                    def f(self, xs):
                        name = "str" + "uct"  # built at run time: runner.py's to refuse, not check.py's
                        return fsum(xs) + sqrt(4) + math.log1p(0) + self.fsum + len(scipy.__name__)
                """, RULES));
    }

    private static String pythonString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
