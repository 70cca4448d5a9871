package judge.lang.python;

import static judge.lang.python.RunnerSession.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import judge.value.Value;
import judge.value.ValueFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** runner.py driven directly (no sandbox) with the judge's framing: each answer the protocol promises. */
class PythonRunnerTest {
    @TempDir Path dir;

    @BeforeAll
    static void needsPython() {
        assumeTrue(PythonProcess.available(), "python3 (3.9 or newer) is not installed");
    }

    private static final String ECHO = """
            class Solution:
                def echo(self, x):
                    return x
            """;

    @Test
    void returnedValuesOfEveryTypeAreWrittenAsTheJudgesCodecWritesThem() throws Exception {
        List<String> values = List.of("0", "-7", "9223372036854775807", "-9223372036854775808", "true", "false",
                "null", "\"\"", "\"h\u00e9llo \u4e16\u754c \uD83D\uDE00\"",
                "\"q\\\" b\\\\ n\\n r\\r t\\t b\\b f\\f u\\u0001 \\u001f /\"", "0.1", "-0.0", "1e-7", "1.0E21",
                "0.001", "1234567.125", "1e7", "12345678.9", "3.0", "1e15", "2.5E-5", "1.7976931348623157E308",
                "Infinity", "-Infinity", "NaN", "[]", "[[]]", "[[],[[]],[1,[2,[]]]]", "[1,2,3]",
                "[[1,2],[3]]", "[\"a\",null,true,1.5]", "[0.5,-1]");
        String batch = "[" + String.join(",", values.stream().map(v -> "[" + v + "]").toList()) + "]";
        RunnerSession s = RunnerSession.run(dir, ECHO, "echo", batch);
        assertEquals(values.size(), s.answers.size(), s.stderr + s.stray);
        for (int i = 0; i < values.size(); i++) {
            List<Value> a = s.answer(i);
            assertEquals("ok", str(a.get(0)), a.toString());
            assertEquals(ValueFormat.format(ValueFormat.parse(values.get(i))), str(a.get(2)), values.get(i));
        }
    }

    @Test
    void doubleParametersGetFloatsAndNodeTypesComeFromTheConfiguration() throws Exception {
        String source = """
                class Solution:
                    def f(self, x, head, root):
                        assert type(x) is float, type(x)
                        return [x, type(head).__name__, head.next.val, root.left.right.val]
                """;
        RunnerSession s = RunnerSession.run(dir, source, "Solution", "f", List.of(),
                List.of("double", "ListNode", "TreeNode", "List<Object>"), 1 << 20, "[[2,[1,2],[1,2,3,null,4]]]");
        assertEquals("[2.0,\"ListNode\",2,4]", str(s.answer(0).get(2)), s.answers + s.stderr);
    }

    @Test
    void listsAndTreesRoundTripInLeetCodesLevelOrder() throws Exception {
        String source = """
                # Definition for a binary tree node.
                # class TreeNode:
                #     def __init__(self, val=0, left=None, right=None):
                class Solution:
                    def invert(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
                        if root:
                            root.left, root.right = self.invert(root.right), self.invert(root.left)
                        return root

                    def reverse(self, head: Optional[ListNode]) -> Optional[ListNode]:
                        prev = None
                        while head:
                            head.next, prev, head = prev, head, head.next
                        return prev
                """;
        RunnerSession trees = RunnerSession.run(dir, source, "invert",
                "[[[4,2,7,1,3,6,9]],[[1,null,2,null,3]],[[]],[[1,2]]]");
        assertEquals(List.of("[4,7,2,9,6,3,1]", "[1,2,null,3]", "[]", "[1,null,2]"),
                trees.answers.stream().map(a -> str(a.get(2))).toList(), trees.stderr);
        RunnerSession lists = RunnerSession.run(dir, source, "reverse", "[[[1,2,3]],[[]],[[5]]]");
        assertEquals(List.of("[3,2,1]", "[]", "[5]"), lists.answers.stream().map(a -> str(a.get(2))).toList(),
                lists.stderr);
    }

    @Test
    void exceptionNamesItsTypeMessageAndTheSolutionsFramesOnly() throws Exception {
        String source = """
                import json

                def helper(x):
                    return json.loads(x)

                class Solution:
                    def f(self, s: str) -> int:
                        if s == "value":
                            raise ValueError("bad value " + s)
                        return helper(s)
                """;
        RunnerSession s = RunnerSession.run(dir, source, "f", "[[\"value\"]]", "[[\"{\"]]");
        List<Value> a = s.answer(0);
        assertEquals("exception", str(a.get(0)));
        assertEquals("ValueError", str(a.get(2)));
        assertEquals("bad value value", str(a.get(3)));
        assertEquals("[[\"solution.py\",\"Solution.f\",9]]", ValueFormat.format(a.get(4)));
        // json's own frames are left out: innermost first, the solution's frames only.
        List<Value> b = s.answer(1);
        assertEquals("json.decoder.JSONDecodeError", str(b.get(2)));
        assertEquals("[[\"solution.py\",\"helper\",4],[\"solution.py\",\"Solution.f\",10]]",
                ValueFormat.format(b.get(4)));
    }

    @Test
    void printIsCapturedPerCallAndTheMainBlockDoesNotRun() throws Exception {
        String source = """
                import sys
                class Solution:
                    def f(self, n: int) -> int:
                        if n:
                            print("debug", n)
                            print("to stderr", file=sys.stderr)
                        return n

                if __name__ == "__main__":
                    print("main ran")
                """;
        RunnerSession s = RunnerSession.run(dir, source, "f", "[[1],[0]]");
        assertEquals("debug 1\nto stderr\n", str(s.answer(0).get(3)));
        assertEquals("", str(s.answer(1).get(3)));
        assertFalse(s.stray.contains("main ran") || s.stderr.contains("main ran"));
    }

    @Test
    void leetCodesImplicitImportsAreThere() throws Exception {
        String source = """
                class Solution:
                    def f(self, nums: List[int]) -> List[int]:
                        h = []
                        for x in nums:
                            heappush(h, x)
                        c = Counter(nums)
                        return [heappop(h), c.most_common(1)[0][0], bisect_left(sorted(nums), 3), gcd(12, 18),
                                int(inf > 10**18), len(list(accumulate(nums))), len(deque(nums))]
                """;
        RunnerSession s = RunnerSession.run(dir, source, "f", "[[[3,1,3,2]]]");
        assertEquals("[1,3,2,6,1,4,4]", str(s.answer(0).get(2)), s.answers + s.stderr);
    }

    @Test
    void printingPastTheLimitEndsTheRunAsOutputLimit() throws Exception {
        String source = """
                class Solution:
                    def f(self, n: int) -> int:
                        for _ in range(n):
                            print("x" * 99)
                        return n
                """;
        RunnerSession s = RunnerSession.run(dir, source, "Solution", "f", List.of(), null, 10_000, "[[5],[1000],[1]]");
        assertEquals(2, s.answers.size(), s.answers.toString());
        assertEquals("ok", str(s.answer(0).get(0)));
        assertEquals(List.of(new Value.Str("output-limit")), s.answer(1));
    }

    @Test
    void returnedValueLongerThanTheLimitIsOutputLimitAndUnwritableOnesAreErrors() throws Exception {
        String source = """
                class Solution:
                    def f(self, kind: str):
                        if kind == "set":
                            return {1: 2}
                        if kind == "cycle":
                            a = []
                            a.append(a)
                            return a
                        if kind == "huge":
                            return 2 ** 70
                        return [7] * 100_000
                """;
        RunnerSession s = RunnerSession.run(dir, source, "Solution", "f", List.of(), null, 10_000,
                "[[\"set\"],[\"cycle\"],[\"huge\"],[\"long\"]]");
        for (int i = 0; i < 3; i++) {
            assertEquals("exception", str(s.answer(i).get(0)));
            assertEquals("ValueError", str(s.answer(i).get(2)));
            assertTrue(str(s.answer(i).get(3)).startsWith("the returned value cannot be written out"));
        }
        assertEquals(List.of(new Value.Str("output-limit")), s.answer(3));
    }

    @Test
    void setsDequesAndDictViewsAreWrittenAsListsAsLeetCodeWritesThem() throws Exception {
        String source = """
                class Solution:
                    def f(self, kind: str) -> List[List[int]]:
                        if kind == "set":
                            return {(1, 2, 3)}
                        if kind == "deque":
                            return deque([[4], [5, 6]])
                        if kind == "values":
                            return {"a": [7], "b": [8]}.values()
                        return frozenset()
                """;
        RunnerSession s = RunnerSession.run(dir, source, "Solution", "f", List.of(), null, 10_000,
                "[[\"set\"],[\"deque\"],[\"values\"],[\"empty\"]]");
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            assertEquals("ok", str(s.answer(i).get(0)), s.answers + s.stderr);
            written.add(str(s.answer(i).get(2)));
        }
        assertEquals(List.of("[[1,2,3]]", "[[4],[5,6]]", "[[7],[8]]", "[]"), written);
    }

    @Test
    void recursionTenThousandDeepWorksAndInfiniteRecursionIsRecursionError() throws Exception {
        String source = """
                class Solution:
                    def f(self, n: int) -> int:
                        @cache
                        def memo(k):
                            return 0 if k == 0 else memo(k - 1) + 1
                        def down(k):
                            return 0 if k == 0 else down(k - 1) + 1
                        if n < 0:
                            return down(-n) if False else self.f(n)
                        return memo(n) + down(n)
                """;
        RunnerSession s = RunnerSession.run(dir, source, "f", "[[10000],[-1]]");
        assertEquals("20000", str(s.answer(0).get(2)), s.answers + s.stderr);
        List<Value> a = s.answer(1);
        assertEquals("RecursionError", str(a.get(2)));
        assertTrue(str(a.get(3)).contains("maximum recursion depth"));
        assertEquals(30, ((Value.Arr) a.get(4)).items().size(), "frames are capped");
    }

    @Test
    void memoryErrorIsItsOwnExceptionType() throws Exception {
        String source = """
                class Solution:
                    def f(self, n: int) -> int:
                        grid = [0] * (10 ** n)
                        return len(grid)
                """;
        RunnerSession s = RunnerSession.run(dir, source, "f", "[[15]]");
        assertEquals("MemoryError", str(s.answer(0).get(2)), s.answers + s.stderr);
        assertEquals(new Value.Bool(true), s.answer(0).get(6), "an allocation that failed is the memory limit");
    }

    @Test
    void aMemoryErrorTheSolutionRaisesItselfIsNotFlaggedAsTheMemoryLimit() throws Exception {
        // Issue 11: the memory flag (the answer's 7th field) comes from an allocation failing at the cap, never
        // from the exception's name, whether the solution raises MemoryError itself, re-raises one it made, or
        // raises it from a helper; a MemoryError it raises while handling a real one keeps the flag.
        String source = """
                def helper():
                    raise MemoryError("helper says so")
                class Solution:
                    def f(self, mode: int) -> int:
                        if mode == 0:
                            raise MemoryError()
                        if mode == 1:
                            helper()
                        if mode == 2:
                            try:
                                raise MemoryError("mine")
                            except MemoryError as e:
                                raise e
                        if mode == 3:
                            block = bytearray(400 << 20)
                            return len(block)
                        if mode == 4:
                            try:
                                block = bytearray(400 << 20)
                            except MemoryError:
                                raise MemoryError("the table does not fit")
                        return -1
                """;
        RunnerSession s = RunnerSession.run(dir, source, "Solution", "f", List.of(), null, 1 << 20, 64,
                "[[0],[1],[2],[3],[4]]");
        for (int i = 0; i < 3; i++) {
            assertEquals("MemoryError", str(s.answer(i).get(2)), s.answers + s.stderr);
            assertEquals(new Value.Bool(false), s.answer(i).get(6), "raised by the solution: " + s.answer(i));
        }
        assertEquals("helper says so", str(s.answer(1).get(3)));
        for (int i = 3; i < 5; i++) {
            assertEquals("MemoryError", str(s.answer(i).get(2)), s.answers + s.stderr);
            assertEquals(new Value.Bool(true), s.answer(i).get(6), "past the 64 MB cap: " + s.answer(i));
        }
    }

    @Test
    void goingPastTheConfiguredMemoryIsMemoryErrorAndTheRunGoesOn() throws Exception {
        String source = """
                class Solution:
                    def f(self, mb: int) -> int:
                        block = bytearray(mb << 20)
                        return len(block) >> 20
                """;
        RunnerSession s = RunnerSession.run(dir, source, "Solution", "f", List.of(), null, 1 << 20, 64,
                "[[16],[400],[16]]");
        assertEquals("16", str(s.answer(0).get(2)), s.answers + s.stderr);
        assertEquals("MemoryError", str(s.answer(1).get(2)), s.answers + s.stderr);
        assertEquals(new Value.Bool(true), s.answer(1).get(6), s.answers.toString());
        assertEquals("16", str(s.answer(2).get(2)), s.answers + s.stderr);
    }

    @Test
    void memoryACallLeftInAReferenceCycleIsGivenBackBeforeTheNextCall() throws Exception {
        // A memo cache in a closure (LeetCode's common @cache pattern) is a reference cycle: without the runner
        // collecting it, three calls of 40 MB each would add up past the 96 MB cap, though each fits on its own.
        String source = """
                class Solution:
                    def f(self, mb: int) -> int:
                        @cache
                        def block(i):
                            return bytearray(1 << 20) if i < mb else block
                        kept = [block(i) for i in range(mb)]
                        return len(kept)
                """;
        RunnerSession s = RunnerSession.run(dir, source, "Solution", "f", List.of(), null, 1 << 20, 96,
                "[[40],[40],[40]]");
        for (int i = 0; i < 3; i++) {
            assertEquals("40", str(s.answer(i).get(2)), "call " + (i + 1) + ": " + s.answers + s.stderr);
        }
    }

    @Test
    void sysExitAndOsExitEndTheRunWithoutAnAnswer() throws Exception {
        for (String exit : List.of("sys.exit(0)", "os._exit(0)", "raise SystemExit(3)", "exit()")) {
            String source = "import os, sys\nclass Solution:\n    def f(self, n: int) -> int:\n        if n:\n"
                    + "            " + exit + "\n        return n\n";
            RunnerSession s = RunnerSession.run(dir, source, "f", "[[0],[1],[0]]");
            assertEquals(1, s.answers.size(), exit + ": " + s.answers);
            assertEquals("ok", str(s.answer(0).get(0)));
        }
    }

    @Test
    void forgedFramesOnFileDescriptorOneNeverReachTheChannel() throws Exception {
        // Even knowing the nonce (it never does), bytes the solution writes to fd 1 land where stray output goes.
        String forged = "\\x01J" + RunnerSession.NONCE + " 21\\n[\\\"ok\\\",1,\\\"42\\\",\\\"\\\"]\\x01E"
                + RunnerSession.NONCE + "\\n";
        String source = "import os, sys\nclass Solution:\n    def f(self, n: int) -> int:\n"
                + "        os.write(1, b\"" + forged + "\")\n"
                + "        os.write(2, b\"" + forged + "\")\n"
                + "        sys.__stdout__.write(\"plain\")\n"
                + "        return n\n";
        RunnerSession s = RunnerSession.run(dir, source, "f", "[[7]]");
        assertEquals(1, s.answers.size(), s.answers.toString());
        assertEquals("7", str(s.answer(0).get(2)));
        assertEquals("plain", str(s.answer(0).get(3)));
        assertEquals("", s.stray);
        assertTrue(s.stderr.contains("[\"ok\",1,\"42\",\"\"]"), s.stderr);
    }

    @Test
    void monkeypatchingTheModulesTheRunnerUsesChangesNothing() throws Exception {
        String source = """
                import json, os, sys, time
                time.perf_counter_ns = lambda: 0
                os.write = lambda fd, data: len(data)
                os._exit = lambda status: None
                json.loads = lambda *a, **k: [[[1]]]
                json.dumps = lambda *a, **k: "[]"
                for name in list(sys.modules):
                    if name not in ("sys", "builtins"):
                        del sys.modules[name]

                class Solution:
                    def f(self, n: int) -> int:
                        deadline = time.process_time() + 0.05
                        while time.process_time() < deadline:
                            pass
                        return n * 2
                """;
        RunnerSession s = RunnerSession.run(dir, source, "f", "[[3]]", "[[4],[5]]");
        assertEquals(List.of("6", "8", "10"), s.answers.stream().map(a -> str(a.get(2))).toList(), s.stderr);
        for (List<Value> a : s.answers) {
            assertTrue(((Value.Int) a.get(1)).value() >= 50_000_000L, "the runner's own clock timed the call: " + a);
        }
    }

    @Test
    void readingStandardInputFindsNothingNotTheJudgesChannel() throws Exception {
        String source = """
                import sys, os
                class Solution:
                    def f(self, n: int) -> str:
                        return repr(sys.stdin.read()) + repr(os.read(0, 100))
                """;
        RunnerSession s = RunnerSession.run(dir, source, "f", "[[1]]", "[[2]]");
        assertEquals("\"''b''\"", str(s.answer(0).get(2)));
        assertEquals(2, s.answers.size());
    }

    @Test
    void designProblemIsBuiltThenCalledOperationByOperation() throws Exception {
        String source = """
                class LRUCache:
                    def __init__(self, capacity: int):
                        self.capacity = capacity
                        self.cache = OrderedDict()

                    def get(self, key: int) -> int:
                        if key not in self.cache:
                            return -1
                        self.cache.move_to_end(key)
                        return self.cache[key]

                    def put(self, key: int, value: int) -> None:
                        self.cache[key] = value
                        self.cache.move_to_end(key)
                        if len(self.cache) > self.capacity:
                            self.cache.popitem(last=False)
                """;
        List<Value> design = List.of(members("LRUCache", "int"), members("get", "int"), members("put", "int", "int"));
        RunnerSession s = RunnerSession.run(dir, source, "LRUCache", null, design, null, 1 << 20,
                "[[[\"LRUCache\",\"put\",\"put\",\"get\",\"put\",\"get\",\"put\",\"get\",\"get\",\"get\"],"
                        + "[[2],[1,1],[2,2],[1],[3,3],[2],[4,4],[1],[3],[4]]],"
                        + "[[\"LRUCache\",\"get\"],[[1],[\"not an int\"]]]]");
        assertEquals("[null,null,null,1,null,-1,null,-1,3,4]", str(s.answer(0).get(2)), s.answers + s.stderr);
        assertEquals("ok", str(s.answer(1).get(0)));
    }

    @Test
    void missingMethodIsTheRunnersErrorNotAnAnswer() throws Exception {
        RunnerSession s = RunnerSession.run(dir, ECHO, "nothere", "[[1]]");
        assertEquals("error", str(s.answer(0).get(0)));
        assertTrue(str(s.answer(0).get(1)).startsWith("cannot load Solution.nothere"), s.answers.toString());
    }

    private static final String STRUCT_RULE = "[{\"module\":\"struct\",\"reason\":\"round the bits yourself\"}]";

    @Test
    void aForbiddenModuleNamedAtRunTimeCannotBeImportedAtTheTopLevel() throws Exception {
        java.nio.file.Files.writeString(dir.resolve(PythonLanguage.FORBIDDEN_FILE), STRUCT_RULE);
        RunnerSession s = RunnerSession.run(dir, """
                half = __import__("str" + "uct")

                class Solution:
                    def echo(self, x):
                        return x
                """, "echo", "[[1],[2]]");
        assertEquals(2, s.answers.size(), s.answers + s.stderr);
        for (List<Value> a : s.answers) {
            assertEquals("exception", str(a.get(0)), a.toString());
            assertEquals("judge.ForbiddenApiError", str(a.get(2)));
            assertEquals("struct is forbidden in this problem: round the bits yourself", str(a.get(3)));
        }
        assertEquals("[[\"solution.py\",\"<module>\",1]]", ValueFormat.format(s.answer(0).get(4)));
    }

    @Test
    void everyRunTimeRouteToAForbiddenModuleIsRefusedAndAnImportFallbackStillWorks() throws Exception {
        java.nio.file.Files.writeString(dir.resolve(PythonLanguage.FORBIDDEN_FILE), STRUCT_RULE);
        String source = """
                import importlib

                try:
                    import numpy_or_struct_like_module_that_is_absent
                except ImportError:
                    pass

                class Solution:
                    def route(self, k: int) -> str:
                        name = "str" + "uct"
                        if k == 5:
                            return __import__(name).pack("<e", 1.0)
                        try:
                            if k == 0:
                                importlib.import_module(name)
                            elif k == 1:
                                __import__("_" + name)
                            elif k == 2:
                                importlib.import_module(name + ".sub")
                            elif k == 3:
                                return "absent" if sys.modules.get(name) is None else "present"
                            elif k == 4:
                                try:
                                    m = __import__(name)
                                except ImportError:
                                    return "fell back"
                        except ImportError as e:
                            return type(e).__name__ + ": " + str(e)
                        return "imported"
                """;
        RunnerSession s = RunnerSession.run(dir, source, "route", "[[0],[1],[2],[3],[4]]", "[[5]]");
        assertEquals(6, s.answers.size(), s.answers + s.stderr);
        assertEquals("ForbiddenApiError: struct is forbidden in this problem: round the bits yourself",
                str(s.answer(0).get(2)).replace("\"", ""));
        assertEquals("ForbiddenApiError: _struct is forbidden in this problem: round the bits yourself",
                str(s.answer(1).get(2)).replace("\"", ""));
        // A submodule's import starts with its parent's, which is refused first.
        assertEquals("ForbiddenApiError: struct is forbidden in this problem: round the bits yourself",
                str(s.answer(2).get(2)).replace("\"", ""));
        assertEquals("\"absent\"", str(s.answer(3).get(2)));
        assertEquals("\"fell back\"", str(s.answer(4).get(2)));
        // Uncaught, it is the solution's exception (a Runtime Error) at its own line, never the runner's error.
        List<Value> a = s.answer(5);
        assertEquals("exception", str(a.get(0)), a.toString());
        assertEquals("judge.ForbiddenApiError", str(a.get(2)));
        assertEquals("[[\"solution.py\",\"Solution.route\",12]]", ValueFormat.format(a.get(4)));
    }

    @Test
    void aForbiddenNameIsUnusableThroughEveryReferenceAndTheRestOfItsModuleWorks() throws Exception {
        // math.floor is forbidden too: the runner's own formatting of doubles must not depend on it.
        java.nio.file.Files.writeString(dir.resolve(PythonLanguage.FORBIDDEN_FILE), "[{\"module\":\"math\","
                + "\"name\":\"fsum\",\"reason\":\"compensate the sum yourself\"},{\"module\":\"math\",\"name\":"
                + "\"floor\",\"reason\":\"no floor\"}]");
        String source = """
                from math import fsum as f

                class Solution:
                    def route(self, k: int) -> float:
                        xs = [0.1] * 10
                        try:
                            if k == 0:
                                return fsum(xs)
                            elif k == 1:
                                return math.fsum(xs)
                            elif k == 2:
                                return getattr(math, "fs" + "um")(xs)
                            elif k == 3:
                                return statistics.fsum(xs)
                            elif k == 4:
                                return f(xs)
                            elif k == 5:
                                return __import__("math").fsum(xs)
                            elif k == 6:
                                return statistics.fmean(xs)
                        except ImportError as e:
                            return str(e)
                        return sqrt(6.25) + math.log1p(0.0) + sum(xs) * 0 - 0.5
                """;
        RunnerSession s = RunnerSession.run(dir, source, "route", "[[0],[1],[2],[3],[4],[5],[6],[7]]");
        assertEquals(8, s.answers.size(), s.answers + s.stderr);
        for (int k = 0; k < 7; k++) {
            assertEquals("\"math.fsum is forbidden in this problem: compensate the sum yourself\"",
                    str(s.answer(k).get(2)), "route " + k + ": " + s.answer(k));
        }
        assertEquals("2.0", str(s.answer(7).get(2)));
    }

    @Test
    void aForbiddenModuleThePreludeImportedIsGoneFromTheSolutionsNamespace() throws Exception {
        java.nio.file.Files.writeString(dir.resolve(PythonLanguage.FORBIDDEN_FILE),
                "[{\"module\":\"statistics\",\"reason\":\"average it yourself\"}]");
        String source = """
                class Solution:
                    def route(self, k: int) -> str:
                        try:
                            if k == 0:
                                return str(statistics.mean([1, 2]))
                            import statistics as s
                            return str(s.mean([1, 2]))
                        except ImportError as e:
                            return str(e)
                """;
        RunnerSession s = RunnerSession.run(dir, source, "route", "[[0],[1]]");
        assertEquals("\"statistics is forbidden in this problem: average it yourself\"", str(s.answer(0).get(2)),
                s.answers + s.stderr);
        assertEquals("\"statistics is forbidden in this problem: average it yourself\"", str(s.answer(1).get(2)));
    }

    @Test
    void aForbiddenStructFormatIsRefusedWhateverTheRouteAndOtherFormatsStillWork() throws Exception {
        java.nio.file.Files.writeString(dir.resolve(PythonLanguage.FORBIDDEN_FILE),
                "[{\"module\":\"struct\",\"format\":\"e\",\"reason\":\"round it yourself\"}]");
        String source = """
                import struct
                from struct import pack, unpack

                class Solution:
                    def route(self, k: int):
                        half = "<" + chr(ord("d") + 1)
                        routes = [lambda: unpack("<f", pack("<i", 1065353216))[0],
                                  lambda: struct.Struct("<i").size,
                                  lambda: struct.pack(half, 1.0),
                                  lambda: pack(half.encode(), 1.0),
                                  lambda: struct.Struct(format=half),
                                  lambda: struct.iter_unpack(half, b"\\0\\0"),
                                  lambda: __import__("_str" + "uct").pack(half, 1.0)]
                        try:
                            return routes[k]()
                        except ImportError as e:
                            return type(e).__name__ + ": " + str(e)
                """;
        RunnerSession s = RunnerSession.run(dir, source, "route", "[[0],[1],[2],[3],[4],[5],[6]]");
        assertEquals(7, s.answers.size(), s.answers + s.stderr);
        assertEquals("1.0", str(s.answer(0).get(2)));
        assertEquals("4", str(s.answer(1).get(2)));
        for (int k = 2; k < 6; k++) {
            assertEquals("\"ForbiddenApiError: the struct format '<e' is forbidden in this problem: round it yourself\"",
                    str(s.answer(k).get(2)), "route " + k);
        }
        assertEquals("\"ForbiddenApiError: _struct is forbidden in this problem: round it yourself\"",
                str(s.answer(6).get(2)));
    }

    @Test
    void anUnreadableRulesFileIsTheRunnersErrorNotTheSolutions() throws Exception {
        java.nio.file.Files.writeString(dir.resolve(PythonLanguage.FORBIDDEN_FILE), "{\"module\": 3}");
        RunnerSession s = RunnerSession.run(dir, ECHO, "echo", "[[1]]");
        assertEquals("error", str(s.answer(0).get(0)), s.answers + s.stderr);
        assertTrue(str(s.answer(0).get(1)).contains("forbidden.json"), s.answers.toString());
    }

    private static Value members(String... names) {
        return new Value.Arr(java.util.Arrays.stream(names).<Value>map(Value.Str::new).toList());
    }
}
