package judge.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.tools.ToolProvider;
import judge.TestPackages;
import judge.problem.ProblemLoader;
import judge.problem.Signature;
import judge.sandbox.RuntimeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java as LeetCode compiles it: at LeetCode's level (21) when the JDK allows, with a note naming the newer API
 * when it does not; LeetCode's implicit imports; and return types LeetCode's own call would accept.
 */
class JavaLevelTest {
    @TempDir Path out;

    private static final Signature MIN_WINDOW = TestPackages.p76().signature();
    private static final Signature LEVEL_ORDER = ProblemLoader.load(
            TestPackages.PROBLEMS.resolve("0102-binary-tree-level-order-traversal")).signature();
    private static final Signature FIND_ANAGRAMS = ProblemLoader.load(
            TestPackages.PROBLEMS.resolve("0438-find-all-anagrams-in-a-string")).signature();
    private static final Signature TWO_SUM = ProblemLoader.load(TestPackages.PROBLEMS.resolve("0001-two-sum"))
            .signature();

    private CompileResult compile(String text, Signature signature, int release) {
        return new Compiler(ToolProvider.getSystemJavaCompiler(), Duration.ofSeconds(60), release)
                .compile(Source.of(Path.of("Solution.java"), text), signature, out, List.of(RuntimeFiles.get().api()));
    }

    private CompileResult compile(String text, Signature signature) {
        return compile(text, signature, Compiler.defaultRelease());
    }

    private static CompileResult.Failed failed(CompileResult r) {
        return assertInstanceOf(CompileResult.Failed.class, r);
    }

    private static void compiled(CompileResult r) {
        assertInstanceOf(CompileResult.Compiled.class, r, () -> r instanceof CompileResult.Failed f
                ? f.summary() + " " + f.errors() : "");
    }

    /** A minWindow solution whose body is {@code body}. */
    private static String minWindow(String body) {
        return "class Solution {\n    public String minWindow(String s, String t) {\n" + body + "\n    }\n}\n";
    }

    private static final String JAVA_21 = minWindow("""
            List<Character> seen = new ArrayList<>();
            for (char c : s.toCharArray()) seen.add(c);
            StringBuilder sb = new StringBuilder();
            sb.repeat("x", Math.clamp(seen.size(), 0, 1));
            Object o = seen.isEmpty() ? "" : seen.getLast();
            return switch (o) {
                case Character c when c == 'z' -> "z";
                case Character c -> seen.reversed().getFirst() + "";
                default -> sb.toString();
            };""");

    @Test
    void leetCodesLevelIsOneConstantAndTheJdkDecidesHowCloseTheJudgeGets() {
        assertEquals(21, Compiler.LEETCODE_JAVA);
        assertEquals(Math.min(21, Runtime.version().feature()), Compiler.defaultRelease());
        assertEquals(Compiler.defaultRelease(), new Compiler().release());
    }

    @Test
    void java21ApisAndSyntaxCompileAtLeetCodesLevel() {
        assumeTrue(Runtime.version().feature() >= 21, "needs a JDK 21 or newer (run the tests with JAVA_HOME set to one)");
        compiled(compile(JAVA_21, MIN_WINDOW, 21));
    }

    @Test
    void onAnOlderJdkAJava21ApiErrorSaysSoAndHowToFixIt() {
        CompileResult.Failed f = failed(compile(minWindow("""
                List<Integer> xs = new ArrayList<>(List.of(1, 2));
                int last = xs.getLast();
                StringBuilder sb = new StringBuilder();
                sb.repeat("ab", 2);
                return s + Math.clamp(last, 0, 5) + sb;"""), MIN_WINDOW, 17));
        assertEquals(3, f.errors().size(), f.errors().toString());
        List<String> notes = f.errors().stream().map(CompileError::message).toList();
        assertTrue(notes.get(0).contains("note: List.getLast() is new in Java 21; LeetCode compiles at Java 21, but"
                + " this judge runs on JDK 17: install JDK 21 or newer"), notes.get(0));
        assertTrue(notes.get(0).contains("or set JAVA_HOME to one"), notes.get(0));
        assertTrue(notes.get(1).contains("note: StringBuilder.repeat() is new in Java 21"), notes.get(1));
        assertTrue(notes.get(2).contains("note: Math.clamp() is new in Java 21"), notes.get(2));
        assertEquals(4, f.errors().get(0).line(), "the error stays at the user's line");
    }

    @Test
    void onAnOlderJdkAPatternMatchingSwitchSaysItIsJava21() {
        CompileResult.Failed f = failed(compile(JAVA_21.replace("sb.repeat(\"x\", Math.clamp(seen.size(), 0, 1));", "")
                .replace("seen.getLast()", "seen.get(0)").replace("seen.reversed().getFirst()", "seen.get(0)"),
                MIN_WINDOW, 17));
        assertTrue(f.errors().get(0).message().contains("note: patterns in switch statements are standard Java from Java 21 on;"),
                f.errors().toString());
        assertTrue(f.errors().get(0).message().contains("install JDK 21 or newer"), f.errors().toString());
    }

    @Test
    void aMissingMethodOfTheUsersOwnGetsNoNoteAndNeitherDoesAnyErrorAtLeetCodesLevel() {
        CompileResult.Failed own = failed(compile(minWindow("""
                Box b = new Box();
                return b.getLast() + s;
                }
                static class Box {"""), MIN_WINDOW, 17));
        assertFalse(own.errors().get(0).message().contains("note:"), own.errors().toString());
        CompileResult.Failed typo = failed(compile(minWindow("return s.lenght() + t;"), MIN_WINDOW, 17));
        assertFalse(typo.errors().get(0).message().contains("note:"), typo.errors().toString());
        assertEquals(List.of(new CompileError(1, 1, "cannot find symbol\n  symbol:   method getLast()\n"
                + "  location: variable xs of type List<Integer>", "")), NewerJava.explain(List.of(new CompileError(1, 1,
                "cannot find symbol\n  symbol:   method getLast()\n  location: variable xs of type List<Integer>", "")),
                21), "at Java 21 an error is only an error");
    }

    @Test
    void leetCodesImplicitImportsIncludeConcurrencyMathAndIo() {
        compiled(compile(minWindow("""
                Semaphore gate = new Semaphore(1);
                ConcurrentHashMap<String, Integer> seen = new ConcurrentHashMap<>();
                CountDownLatch latch = new CountDownLatch(0);
                BigInteger big = BigInteger.ONE.shiftLeft(70);
                BigDecimal half = new BigDecimal("0.5");
                Function<String, Integer> len = String::length;
                BiFunction<Integer, Integer, Integer> add = Integer::sum;
                String joined = Stream.of(s, t).collect(Collectors.joining());
                Deque<Integer> stack = new ArrayDeque<>();
                PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> a[0] - b[0]);
                Pair<String, Integer> p = new Pair<>(s, 1);
                StringWriter w = new StringWriter();
                PrintWriter pw = new PrintWriter(w);
                return gate.availablePermits() + joined + big + half + len.apply(p.getKey()) + add.apply(1, 2)
                        + stack.size() + heap.size() + latch.getCount() + seen.size() + pw.checkError();"""),
                MIN_WINDOW));
    }

    @Test
    void theUsersOwnClassesAndImportsWinOverTheImplicitOnes() {
        compiled(compile("""
                import java.awt.List;
                class Solution {
                    public String minWindow(String s, String t) {
                        List awtList = new List();
                        Semaphore mine = new Semaphore();
                        Pair pair = new Pair();
                        return s + awtList.getItemCount() + mine.permits + pair.left;
                    }
                }
                class Semaphore { int permits = 3; }
                class Pair { int left; }
                """, MIN_WINDOW));
        compiled(compile("""
                class Solution {
                    static class Node { int val; Node next; }
                    static class Function { int apply() { return 1; } }
                    public String minWindow(String s, String t) {
                        Node n = new Node();
                        return s + n.val + new Function().apply();
                    }
                }
                """, MIN_WINDOW));
    }

    @Test
    void aReturnTypeLeetCodesCallWouldAcceptIsNotASignatureError() {
        compiled(compile("""
                class Solution {
                    public ArrayList<List<Integer>> levelOrder(TreeNode root) { return new ArrayList<>(); }
                }
                """, LEVEL_ORDER));
        compiled(compile("""
                class Solution {
                    public LinkedList<Integer> findAnagrams(String s, String p) { return new LinkedList<>(); }
                }
                """, FIND_ANAGRAMS));
        compiled(compile("""
                class Solution {
                    public ArrayList findAnagrams(String s, String p) { return new ArrayList(); }
                }
                """, FIND_ANAGRAMS));
    }

    @Test
    void aReturnTypeLeetCodesCallWouldRejectIsStillASignatureErrorAndParametersStayExact() {
        CompileResult.Failed invariant = failed(compile("""
                class Solution {
                    public List<ArrayList<Integer>> levelOrder(TreeNode root) { return new ArrayList<>(); }
                }
                """, LEVEL_ORDER));
        assertTrue(invariant.summary().startsWith("wrong signature: found List<java.util.ArrayList<Integer>>"
                + " levelOrder(TreeNode)"), invariant.summary());
        CompileResult.Failed set = failed(compile("""
                class Solution {
                    public Set<Integer> findAnagrams(String s, String p) { return new HashSet<>(); }
                }
                """, FIND_ANAGRAMS));
        assertTrue(set.summary().startsWith("wrong signature"), set.summary());
        CompileResult.Failed wider = failed(compile("""
                class Solution {
                    public Collection<Integer> findAnagrams(String s, String p) { return new ArrayList<>(); }
                }
                """, FIND_ANAGRAMS));
        assertTrue(wider.summary().startsWith("wrong signature"), wider.summary());
        CompileResult.Failed array = failed(compile("""
                class Solution {
                    public long[] twoSum(int[] nums, int target) { return new long[2]; }
                }
                """, TWO_SUM));
        assertTrue(array.summary().startsWith("wrong signature: found long[] twoSum(int[], int)"), array.summary());
        CompileResult.Failed param = failed(compile("""
                class Solution {
                    public List<Integer> findAnagrams(CharSequence s, String p) { return new ArrayList<>(); }
                }
                """, FIND_ANAGRAMS));
        assertTrue(param.summary().startsWith("wrong signature"), param.summary());
    }
}
