package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import judge.TestPackages;
import judge.compile.Source;
import judge.lang.Languages;
import judge.practice.Stub;
import judge.lang.python.PythonStub;
import judge.problem.PackageException;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.TestCase;
import judge.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LeetCode's problem shapes beyond "return the answer", end to end on their packages, in Java and Python:
 * in-place answers (283 Move Zeroes: the argument after the call is the answer), judge-provided APIs with a
 * call limit where a problem states one (278 First Bad Version's isBadVersion) and lists with cycles whose
 * answer is a node (142).
 */
class ProblemShapesTest {
    @TempDir Path temp;

    private static final Problem MOVE_ZEROES = ProblemLoader.load(TestPackages.PROBLEMS.resolve("0283-move-zeroes"));
    private static final Problem FIRST_BAD = ProblemLoader.load(TestPackages.PROBLEMS.resolve("0278-first-bad-version"));
    private static final Problem CYCLE = ProblemLoader.load(TestPackages.PROBLEMS.resolve("0142-linked-list-cycle-ii"));

    private static Source java(String text) {
        return Source.of(Path.of("Solution.java"), text);
    }

    private static Source python(String text) {
        return Languages.named("python").source(Path.of("solution.py"), text);
    }

    private static Result run(Problem problem, Source source) {
        return TestPackages.judge().run(problem, source, null);
    }

    // ---- in-place answers

    @Test
    void anInPlaceAnswerIsTheArgumentAfterTheCall() {
        Result r = run(MOVE_ZEROES, java("""
                class Solution {
                    public void moveZeroes(int[] nums) {
                        int k = 0;
                        for (int v : nums) if (v != 0) nums[k++] = v;
                        while (k < nums.length) nums[k++] = 0;
                    }
                }
                """));
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> r.compileErrors() + " " + r.failure());
        assertEquals("[1,3,12,0,0]", r.tests().get(0).output());
    }

    @Test
    void aMovedCopyThatLeavesTheArgumentUnchangedIsWrongAnswer() {
        Result r = run(MOVE_ZEROES, java("""
                class Solution {
                    public void moveZeroes(int[] nums) {
                        int[] moved = new int[nums.length];
                        int k = 0;
                        for (int v : nums) if (v != 0) moved[k++] = v;
                        nums = moved;
                    }
                }
                """));
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        assertEquals("[0,1,0,3,12]", r.failure().output(), "the judge shows nums as the call left it");
    }

    @Test
    void pythonInPlaceCountsOnlyChangesToTheCallersList() {
        Result rebinds = run(MOVE_ZEROES, python("""
                class Solution:
                    def moveZeroes(self, nums: List[int]) -> None:
                        nums = [x for x in nums if x] + [0] * nums.count(0)
                """));
        assertEquals(Verdict.WRONG_ANSWER, rebinds.verdict());
        assertEquals("[0,1,0,3,12]", rebinds.failure().output());
        Result returns = run(MOVE_ZEROES, python("""
                class Solution:
                    def moveZeroes(self, nums: List[int]) -> None:
                        return sorted(nums, key=lambda x: x == 0)
                """));
        assertEquals(Verdict.WRONG_ANSWER, returns.verdict(), "what the method returns is ignored");
        Result slices = run(MOVE_ZEROES, python("""
                class Solution:
                    def moveZeroes(self, nums: List[int]) -> None:
                        nums[:] = [x for x in nums if x] + [0] * nums.count(0)
                """));
        assertEquals(Verdict.ACCEPTED, slices.verdict(), () -> slices.message() + " " + slices.failure());
    }

    @Test
    void aMethodReturningTheArrayDoesNotFitAnInPlaceSignature() {
        Result r = run(MOVE_ZEROES, java("""
                class Solution {
                    public int[] moveZeroes(int[] nums) { return nums; }
                }
                """));
        assertEquals(Verdict.COMPILE_ERROR, r.verdict());
        assertTrue(r.message().contains("public void moveZeroes(int[] nums)"), r.message());
    }

    @Test
    void stubsOfAnInPlaceProblemReturnNothing() {
        String java = Stub.source(MOVE_ZEROES);
        assertTrue(java.contains("public void moveZeroes(int[] nums) {"), java);
        assertTrue(!java.contains("return "), java);
        String py = PythonStub.stub(MOVE_ZEROES);
        assertTrue(py.contains("def moveZeroes(self, nums: List[int]) -> None:"), py);
        assertTrue(py.contains("modify nums in-place instead"), py);
    }

    // ---- judge-provided APIs

    private static final String TWICE_PER_STEP = """
            class Solution extends VersionControl {
                public int firstBadVersion(int n) {
                    int lo = 1, hi = n;
                    while (lo <= hi) {
                        int mid = lo + (hi - lo) / 2;
                        if (isBadVersion(mid)) {
                            if (mid == 1 || !isBadVersion(mid - 1)) return mid;
                            hi = mid - 1;
                        } else {
                            lo = mid + 1;
                        }
                    }
                    return -1;
                }
            }
            """;

    @Test
    void theApiAnswersFromTheTestsHiddenState() {
        Result r = run(FIRST_BAD, java("""
                class Solution extends VersionControl {
                    public int firstBadVersion(int n) {
                        int lo = 1, hi = n;
                        while (lo < hi) {
                            int mid = lo + (hi - lo) / 2;
                            if (isBadVersion(mid)) hi = mid; else lo = mid + 1;
                        }
                        return lo;
                    }
                }
                """));
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> r.compileErrors() + " " + r.failure());
        assertEquals("4", r.tests().get(0).output());
        assertEquals(List.of("5", "4"), r.tests().get(0).input(), "the test shows the hidden state as LeetCode does");
    }

    /**
     * 278 as a problem whose statement limits the calls to ⌈log2 n⌉ + 1 (LeetCode's own 278 states no limit; its
     * package has none): a copy of the package with {@code maxCalls} added.
     */
    private Problem firstBadWithACallLimit() {
        Path pkg = TestPackages.copyOf(TestPackages.PROBLEMS.resolve("0278-first-bad-version"), temp);
        Path json = pkg.resolve("problem.json");
        String text = TestPackages.read(json);
        String limited = text.replace("\"state\": [\"bad\"]", "\"state\": [\"bad\"], \"maxCalls\": {\"log2\": \"n\", \"plus\": 1}");
        assertTrue(!limited.equals(text), "278's problem.json names its API's state");
        TestPackages.write(json, limited);
        return ProblemLoader.load(pkg);
    }

    @Test
    void firstBadVersionHasNoCallLimitAsOnLeetCodeSoTwoCallsPerStepAreAccepted() {
        assertEquals(null, FIRST_BAD.signature().api().maxCalls());
        List<TestCase> custom = List.of(new TestCase("custom-1", List.of(new Value.Int(1000), new Value.Int(700)), null, "custom"));
        Result r = TestPackages.judge().run(FIRST_BAD, java(TWICE_PER_STEP), custom);
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> r.compileErrors() + " " + r.failure());
    }

    @Test
    void tooManyApiCallsIsWrongAnswerSayingSo() {
        List<TestCase> custom = List.of(new TestCase("custom-1", List.of(new Value.Int(1000), new Value.Int(700)), null, "custom"));
        Result r = TestPackages.judge().run(firstBadWithACallLimit(), java(TWICE_PER_STEP), custom);
        assertEquals(Verdict.WRONG_ANSWER, r.verdict(), () -> r.compileErrors() + " " + r.failure());
        assertEquals("700", r.failure().output(), "the answer is right: only the calls are too many");
        assertTrue(r.failure().message().contains("isBadVersion was called"), r.failure().message());
        assertTrue(r.failure().message().contains("at most 11 calls"), r.failure().message());
    }

    @Test
    void pythonCallsTheApiAsAGlobalAndIsCountedToo() {
        Result r = TestPackages.judge().run(firstBadWithACallLimit(), python("""
                class Solution:
                    def firstBadVersion(self, n: int) -> int:
                        return next(v for v in range(1, n + 1) if isBadVersion(v))
                """), List.of(new TestCase("custom-1", List.of(new Value.Int(1000), new Value.Int(700)), null, "custom")));
        assertEquals(Verdict.WRONG_ANSWER, r.verdict(), () -> r.message() + " " + r.failure());
        assertTrue(r.failure().message().contains("isBadVersion was called 700 times"), r.failure().message());
        Result ok = run(FIRST_BAD, python("""
                class Solution:
                    def firstBadVersion(self, n: int) -> int:
                        lo, hi = 1, n
                        while lo < hi:
                            mid = (lo + hi) // 2
                            if isBadVersion(mid):
                                hi = mid
                            else:
                                lo = mid + 1
                        return lo
                """));
        assertEquals(Verdict.ACCEPTED, ok.verdict(), () -> ok.message() + " " + ok.failure());
    }

    @Test
    void aSolutionDeclaringTheApiClassItselfIsRefused() {
        Result r = run(FIRST_BAD, java("""
                class VersionControl {
                    boolean isBadVersion(int v) { return true; }
                }
                class Solution extends VersionControl {
                    public int firstBadVersion(int n) { return 1; }
                }
                """));
        assertEquals(Verdict.COMPILE_ERROR, r.verdict());
        assertTrue(r.shownMessage().contains("is the judge's API"), r.shownMessage());
    }

    @Test
    void stubsOfAnApiProblemExtendOrNameTheApi() {
        String java = Stub.source(FIRST_BAD);
        assertTrue(java.contains("class Solution extends VersionControl {"), java);
        assertTrue(java.contains("public int firstBadVersion(int n) {"), java);
        String py = PythonStub.stub(FIRST_BAD);
        assertTrue(py.contains("def firstBadVersion(self, n: int) -> int:"), py);
        assertTrue(py.contains("def isBadVersion(version: int) -> bool:"), py);
    }

    // ---- lists with cycles, answered by a node

    @Test
    void theListsTailLinksBackToPosAndTheReturnedNodeIsAnsweredByItsIndex() {
        Result r = run(CYCLE, java("""
                class Solution {
                    public ListNode detectCycle(ListNode head) {
                        java.util.Set<ListNode> seen = new java.util.HashSet<>();
                        for (ListNode n = head; n != null; n = n.next) if (!seen.add(n)) return n;
                        return null;
                    }
                }
                """));
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> r.compileErrors() + " " + r.failure());
        assertEquals(List.of("1", "0", "-1"), r.tests().stream().map(TestResult::output).toList());
        assertEquals(List.of("[3,2,0,-4]", "1"), r.tests().get(0).input());
    }

    @Test
    void aNewNodeWithTheEntrysValueIsWrongAnswer() {
        Result r = run(CYCLE, java("""
                class Solution {
                    public ListNode detectCycle(ListNode head) {
                        java.util.Set<ListNode> seen = new java.util.HashSet<>();
                        for (ListNode n = head; n != null; n = n.next) if (!seen.add(n)) return new ListNode(n.val);
                        return null;
                    }
                }
                """));
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        assertEquals("\"a node that is not in the given list\"", r.failure().output());
    }

    @Test
    void aSolutionThatChangesTheListIsCaughtInJavaAndPython() {
        Result java = run(CYCLE, java("""
                class Solution {
                    public ListNode detectCycle(ListNode head) {
                        for (ListNode n = head; n != null; n = n.next) {
                            if (n.val == Integer.MIN_VALUE) return n;
                            n.val = Integer.MIN_VALUE;
                        }
                        return null;
                    }
                }
                """));
        assertEquals(Verdict.WRONG_ANSWER, java.verdict());
        assertTrue(java.failure().output().contains("the solution changed the list"), java.failure().output());
        Result python = run(CYCLE, python("""
                class Solution:
                    def detectCycle(self, head):
                        dummy = ListNode()
                        node = head
                        while node:
                            if node.next is dummy:
                                return node
                            node.next, node = dummy, node.next
                        return None
                """));
        assertEquals(Verdict.WRONG_ANSWER, python.verdict(), () -> python.message() + " " + python.failure());
        assertTrue(python.failure().output().contains("node 0's next"), python.failure().output());
        Result floyd = run(CYCLE, python("""
                class Solution:
                    def detectCycle(self, head):
                        slow = fast = head
                        while fast and fast.next:
                            slow, fast = slow.next, fast.next.next
                            if slow is fast:
                                start = head
                                while start is not slow:
                                    start, slow = start.next, slow.next
                                return start
                        return None
                """));
        assertEquals(Verdict.ACCEPTED, floyd.verdict(), () -> floyd.message() + " " + floyd.failure());
    }

    @Test
    void stubsOfACycleProblemTakeOnlyTheListAndReturnANode() {
        String java = Stub.source(CYCLE);
        assertTrue(java.contains("public ListNode detectCycle(ListNode head) {"), java);
        assertTrue(java.contains("return null;"), java);
        String py = PythonStub.stub(CYCLE);
        assertTrue(py.contains("def detectCycle(self, head: Optional[ListNode]) -> Optional[ListNode]:"), py);
    }

    @Test
    void aCycleNeedsAListAndAnIntPos() {
        PackageException e = loadWithSignature("""
                {"method": "f", "params": [{"name": "head", "type": "int[]"}, {"name": "pos", "type": "int"}],
                 "returns": "boolean", "cycle": {"list": "head", "pos": "pos"}}""");
        assertTrue(e.getMessage().contains("/signature/cycle/list"), e.getMessage());
        assertTrue(e.getMessage().contains("ListNode parameter"), e.getMessage());
    }

    // ---- problem.json

    private PackageException loadWithSignature(String signature) {
        Path dir = temp.resolve("9100-shape");
        TestPackages.write(dir.resolve("problem.json"), """
                {"id": 9100, "slug": "shape", "title": {"en": "Shape", "zh": "形状"}, "difficulty": "Easy",
                 "tags": [], "signature": %s}
                """.formatted(signature));
        return assertThrows(PackageException.class, () -> ProblemLoader.load(dir));
    }

    @Test
    void aVoidMethodWithoutAnAnswerIsALocatedError() {
        PackageException e = loadWithSignature("""
                {"method": "f", "params": [{"name": "nums", "type": "int[]"}], "returns": "void"}""");
        assertTrue(e.getMessage().contains("/signature/returns"), e.getMessage());
        assertTrue(e.getMessage().contains("\"answer\": {\"param\""), e.getMessage());
    }

    @Test
    void anInPlaceAnswerMustNameAnArrayParameterOfAVoidMethod() {
        PackageException unknown = loadWithSignature("""
                {"method": "f", "params": [{"name": "nums", "type": "int[]"}], "returns": "void",
                 "answer": {"param": "num"}}""");
        assertTrue(unknown.getMessage().contains("/signature/answer/param"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("found \"num\""), unknown.getMessage());
        PackageException scalar = loadWithSignature("""
                {"method": "f", "params": [{"name": "n", "type": "int"}], "returns": "void",
                 "answer": {"param": "n"}}""");
        assertTrue(scalar.getMessage().contains("must be an array or a list"), scalar.getMessage());
        PackageException returns = loadWithSignature("""
                {"method": "f", "params": [{"name": "nums", "type": "int[]"}], "returns": "int",
                 "answer": {"param": "nums"}}""");
        assertTrue(returns.getMessage().contains("returns void"), returns.getMessage());
    }

    @Test
    void anApiMustBeOneTheJudgeProvidesWithStateAmongTheParameters() {
        PackageException unknown = loadWithSignature("""
                {"method": "f", "params": [{"name": "n", "type": "int"}, {"name": "pick", "type": "int"}],
                 "returns": "int", "api": {"class": "GuessGame", "state": ["pick"], "maxCalls": 40}}""");
        assertTrue(unknown.getMessage().contains("/signature/api/class"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("VersionControl"), unknown.getMessage());
        PackageException state = loadWithSignature("""
                {"method": "f", "params": [{"name": "n", "type": "int"}, {"name": "bad", "type": "int"}],
                 "returns": "int", "api": {"class": "VersionControl", "state": ["worst"], "maxCalls": 40}}""");
        assertTrue(state.getMessage().contains("/signature/api/state/0"), state.getMessage());
        PackageException log = loadWithSignature("""
                {"method": "f", "params": [{"name": "n", "type": "int"}, {"name": "bad", "type": "int"}],
                 "returns": "int", "api": {"class": "VersionControl", "state": ["bad"], "maxCalls": {"log2": "m"}}}""");
        assertTrue(log.getMessage().contains("/signature/api/maxCalls/log2"), log.getMessage());
    }

    @Test
    void theCallLimitIsLog2OfTheNamedParameterPlusTheSlack() {
        judge.problem.Api.MaxCalls max = firstBadWithACallLimit().signature().api().maxCalls();
        assertEquals(1, max.of(java.util.Map.of("n", new Value.Int(1))));
        assertEquals(3, max.of(java.util.Map.of("n", new Value.Int(4))));
        assertEquals(4, max.of(java.util.Map.of("n", new Value.Int(5))));
        assertEquals(32, max.of(java.util.Map.of("n", new Value.Int(Integer.MAX_VALUE))));
    }
}
