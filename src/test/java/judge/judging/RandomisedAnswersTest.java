package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import judge.TestPackages;
import judge.check.CheckResult;
import judge.check.Checker;
import judge.check.Checkers;
import judge.compile.CompileCache;
import judge.compile.Compiler;
import judge.compile.Source;
import judge.lang.Languages;
import judge.problem.CheckerSpec;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.value.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Randomised answers ({@code "checker": {"random": ...}}), on 384 Shuffle an Array: the package's checker fed
 * by seeded sources (so every assertion is a fixed fact), and the shape judged end to end in Java and Python.
 */
class RandomisedAnswersTest {
    private static final Problem SHUFFLE = ProblemLoader.load(TestPackages.PROBLEMS.resolve("0384-shuffle-an-array"));
    private static Checker checker;

    @BeforeAll
    static void loadTheChecker(@TempDir Path cache) {
        Compiler compiler = new Compiler();
        checker = Checkers.forProblem(SHUFFLE, new CompileCache(cache, compiler));
    }

    /** A design test's input: the constructor on {@code nums}, then {@code calls}. */
    private static List<Value> input(int[] nums, List<String> calls) {
        List<Value> ops = new ArrayList<>(List.of(new Value.Str("Solution")));
        List<Value> args = new ArrayList<>(List.of(new Value.Arr(List.of(array(nums)))));
        for (String c : calls) {
            ops.add(new Value.Str(c));
            args.add(new Value.Arr(List.of()));
        }
        return List.of(new Value.Arr(ops), new Value.Arr(args));
    }

    private static Value array(int[] a) {
        List<Value> items = new ArrayList<>();
        for (int x : a) {
            items.add(new Value.Int(x));
        }
        return new Value.Arr(items);
    }

    /** Runs {@code shuffles} shuffles of {@code nums} from a seeded source and checks the answer list. */
    private static CheckResult shuffles(int[] nums, int shuffles, BiFunction<int[], Random, int[]> source, long seed) {
        Random random = new Random(seed);
        List<String> calls = new ArrayList<>();
        List<Value> answers = new ArrayList<>(List.of(Value.Null.INSTANCE));
        for (int i = 0; i < shuffles; i++) {
            calls.add("shuffle");
            answers.add(array(source.apply(nums.clone(), random)));
        }
        List<Value> in = input(nums, calls);
        return checker.check(in, new Value.Arr(answers), new Value.Arr(answers));
    }

    private static int[] fisherYates(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            swap(a, i, random.nextInt(i + 1));
        }
        return a;
    }

    private static int[] swapWithAnyIndex(int[] a, Random random) {
        for (int i = 0; i < a.length; i++) {
            swap(a, i, random.nextInt(a.length));
        }
        return a;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static String rejection(CheckResult r) {
        assertTrue(r instanceof CheckResult.Rejected, "expected a rejection");
        return ((CheckResult.Rejected) r).message();
    }

    @Test
    void theProblemDeclaresRandomisedAnswers() {
        assertEquals(new CheckerSpec.Random("ShuffleChecker"), SHUFFLE.checker());
    }

    @Test
    void aFairShuffleIsAcceptedOnOrdersAndOnIndexValueCounts() {
        for (long seed = 1; seed <= 3; seed++) {
            assertTrue(shuffles(new int[] {1, 2, 3}, 50_000, RandomisedAnswersTest::fisherYates, seed).accepted());
            assertTrue(shuffles(new int[] {9, 4, 7, 1, 3}, 30_000, RandomisedAnswersTest::fisherYates, seed).accepted());
            assertTrue(shuffles(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 20_000, RandomisedAnswersTest::fisherYates,
                    seed).accepted());
        }
    }

    @Test
    void theNaiveSwapIsWrongAnswerNamingTheOverRepresentedOrder() {
        String m = rejection(shuffles(new int[] {1, 2, 3}, 50_000, RandomisedAnswersTest::swapWithAnyIndex, 1));
        assertTrue(m.startsWith("shuffle() is not uniform: over 50000 calls, the order ["), m);
        assertTrue(m.contains("against 8333.3 expected (one of the 6 orders of [1,2,3])"), m);
        assertTrue(m.contains("probability below 1.0E-7"), m);
    }

    @Test
    void theNaiveSwapOnTenElementsIsCaughtByIndexValueCounts() {
        String m = rejection(shuffles(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 20_000,
                RandomisedAnswersTest::swapWithAnyIndex, 1));
        assertTrue(m.matches("shuffle\\(\\) is not uniform: over 20000 calls, the value \\d+ \\(index \\d of the"
                + " original\\) landed at index \\d \\d+ times against 2000.0 expected .*"), m);
    }

    @Test
    void alwaysTheSameOrderIsWrongAnswer() {
        String m = rejection(shuffles(new int[] {1, 2, 3, 4}, 20_000, (a, r) -> a, 1));
        assertTrue(m.contains("the order [1,2,3,4] came 20000 times against 833.3 expected"), m);
    }

    @Test
    void aResetThatIsNotTheOriginalIsRejectedNamingTheCall() {
        List<Value> in = input(new int[] {1, 2, 3}, List.of("shuffle", "reset"));
        Value out = new Value.Arr(List.of(Value.Null.INSTANCE, array(new int[] {2, 1, 3}), array(new int[] {2, 1, 3})));
        assertEquals("call 2, reset(): returned [2,1,3], expected the original array [1,2,3]",
                rejection(checker.check(in, out, out)));
    }

    @Test
    void aShuffleThatIsNotAPermutationIsRejectedNamingTheCall() {
        List<Value> in = input(new int[] {1, 2, 3}, List.of("shuffle", "shuffle"));
        Value out = new Value.Arr(List.of(Value.Null.INSTANCE, array(new int[] {3, 1, 2}), array(new int[] {1, 1, 3})));
        assertEquals("call 2, shuffle(): returned [1,1,3], which is not a permutation of [1,2,3]: 2 is missing",
                rejection(checker.check(in, out, out)));
        Value shorter = new Value.Arr(List.of(Value.Null.INSTANCE, array(new int[] {3, 1}), array(new int[] {1, 2, 3})));
        assertTrue(rejection(checker.check(in, shorter, shorter)).endsWith("it has 2 elements, the original 3"));
        Value text = new Value.Arr(List.of(Value.Null.INSTANCE, new Value.Str("x"), array(new int[] {1, 2, 3})));
        assertEquals("call 1, shuffle(): returned \"x\", expected an array of 3 integers",
                rejection(checker.check(in, text, text)));
    }

    @Test
    void testsThatMixResetsAndShufflesAreNeverJudgedByStatistics() {
        // what the property phase generates: a constant shuffle is valid call by call, and no statistics run,
        // so generated tests add nothing to the false-reject rate
        List<String> calls = new ArrayList<>();
        List<Value> answers = new ArrayList<>(List.of(Value.Null.INSTANCE));
        for (int i = 0; i < 30_000; i++) {
            calls.add(i == 0 ? "reset" : "shuffle");
            answers.add(array(new int[] {1, 2, 3}));
        }
        Value out = new Value.Arr(answers);
        assertTrue(checker.check(input(new int[] {1, 2, 3}, calls), out, out).accepted());
    }

    @Test
    void javaAndPythonFisherYatesAreAcceptedOnTheExample() {
        Result java = TestPackages.judge().run(SHUFFLE, Source.of(Path.of("Solution.java"), """
                import java.util.Random;
                class Solution {
                    private final int[] a; private final Random r = new Random();
                    public Solution(int[] nums) { a = nums.clone(); }
                    public int[] reset() { return a.clone(); }
                    public int[] shuffle() {
                        int[] b = a.clone();
                        for (int i = b.length - 1; i > 0; i--) { int j = r.nextInt(i + 1); int t = b[i]; b[i] = b[j]; b[j] = t; }
                        return b;
                    }
                }
                """), null);
        assertEquals(Verdict.ACCEPTED, java.verdict(), () -> java.compileErrors() + " " + java.failure());
        Result python = TestPackages.judge().run(SHUFFLE, Languages.named("python").source(Path.of("solution.py"), """
                import random
                class Solution:
                    def __init__(self, nums: List[int]):
                        self.a = list(nums)
                    def reset(self) -> List[int]:
                        return list(self.a)
                    def shuffle(self) -> List[int]:
                        b = list(self.a)
                        random.shuffle(b)
                        return b
                """), null);
        assertEquals(Verdict.ACCEPTED, python.verdict(), () -> python.compileErrors() + " " + python.failure());
    }

    @Test
    void aResetThatReturnsTheShuffledStateIsWrongAnswerInPython() {
        Result r = TestPackages.judge().run(SHUFFLE, Languages.named("python").source(Path.of("solution.py"), """
                import random
                class Solution:
                    def __init__(self, nums: List[int]):
                        self.a = nums
                    def reset(self) -> List[int]:
                        return self.a
                    def shuffle(self) -> List[int]:
                        self.a.reverse()
                        return self.a
                """), null);
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        assertTrue(r.failure().message().startsWith("call 2, reset(): returned [3,2,1]"), r.failure().message());
    }

    @Test
    void newsStubsSayTheExampleOutputIsOnlyOnePossibleRun() {
        String java = judge.practice.Stub.source(SHUFFLE);
        assertTrue(java.contains("public int[] shuffle() {"), java);
        assertTrue(java.contains(" *   (one possible output: the answers are random, and judged by statistics)"), java);
        String py = judge.lang.python.PythonStub.stub(SHUFFLE);
        assertTrue(py.contains("def shuffle(self) -> List[int]:"), py);
        assertTrue(py.contains("#   (one possible output: the answers are random, and judged by statistics)"), py);
    }
}
