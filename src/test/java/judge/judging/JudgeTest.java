package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import judge.TestPackages;
import judge.compile.Source;
import judge.problem.CustomInput;
import judge.problem.Problem;
import judge.problem.TestCase;
import org.junit.jupiter.api.Test;

/** Every verdict and what a user sees with it, judged end to end through a real child JVM. */
class JudgeTest {
    private static final Problem P76 = TestPackages.p76();

    private static final String CORRECT = """
            class Solution {
                public String minWindow(String s, String t) {
                    int[] need = new int[128];
                    for (char c : t.toCharArray()) need[c]++;
                    int missing = t.length(), best = -1, bestLen = Integer.MAX_VALUE, left = 0;
                    for (int right = 0; right < s.length(); right++) {
                        if (need[s.charAt(right)]-- > 0) missing--;
                        while (missing == 0) {
                            if (right - left + 1 < bestLen) { bestLen = right - left + 1; best = left; }
                            if (++need[s.charAt(left++)] > 0) missing++;
                        }
                    }
                    return best < 0 ? "" : s.substring(best, best + bestLen);
                }
            }
            """;

    private static Source source(String text) {
        return Source.of(Path.of("Solution.java"), text);
    }

    private static Result runExamples(String text) {
        return TestPackages.judge().run(P76, source(text), null);
    }

    /** The examples, with the class scan off: what the child and the judge do when a solution gets that far. */
    private static Result runExamplesUnscanned(String text) {
        return TestPackages.unscannedJudge().run(P76, source(text), null);
    }

    private static Result runCases(String text, String input) {
        List<TestCase> cases = CustomInput.parse(P76, input, "input.txt");
        return TestPackages.judge().run(P76, source(text), cases);
    }

    /** A solution whose body is {@code body}, inside {@code minWindow(String s, String t)}. */
    private static String solution(String body) {
        return "class Solution {\n    public String minWindow(String s, String t) {\n" + body + "\n    }\n}\n";
    }

    @Test
    void aCorrectSolutionIsAcceptedWithRuntimeMemoryAndReferenceTime() {
        Result r = TestPackages.judge().submit(P76, source(CORRECT));
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> String.valueOf(r.failure()));
        assertEquals(r.total(), r.passed());
        assertTrue(r.total() > 20, "examples and hidden tests: " + r.total());
        assertEquals(Judge.propertySeed(P76, source(CORRECT)), r.propertySeed(), "the property phase ran");
        assertNull(r.failure());
        assertNotNull(r.memoryMb());
        assertTrue(r.memoryMb() > 1, "memory " + r.memoryMb());
        assertNotNull(r.referenceRuntimeMs());
        assertTrue(r.runtimeMs() > 0);
    }

    @Test
    void aPrivateHelperOverloadingTheMethodsNameIsNotTheOneCalled() {
        // Declared first, so the class file lists it first too: the public method must still be the one called.
        String overloaded = "class Solution {\n"
                + "    private String minWindow(String s, String t, int unused) { return \"wrong\"; }\n"
                + "    public String minWindow(String s, String t) { return s.equals(t) ? s : \"\"; }\n}\n";
        Result r = runCases(overloaded, "\"ab\"\n\"ab\"");
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> String.valueOf(r.failure()));
    }

    @Test
    void tieBetweenTwoShortestWindowsIsAccepted() {
        String lastShortest = CORRECT.replace("right - left + 1 < bestLen", "right - left + 1 <= bestLen");
        Result r = runCases(lastShortest, "\"abba\"\n\"ab\"\n\"aXbYaXb\"\n\"ab\"");
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> String.valueOf(r.failure()));
        assertEquals("\"ab\"", r.tests().get(0).expected());
        assertEquals("\"ba\"", r.tests().get(0).output());
    }

    @Test
    void wrongAnswerShowsInputOutputExpectedAndTheCheckersReason() {
        Result r = runExamples(solution("return s;"));
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        TestResult f = r.failure();
        assertEquals("example-1", f.name());
        assertEquals(List.of("\"ADOBECODEBANC\"", "\"ABC\""), f.input());
        assertEquals("\"BANC\"", f.expected());
        assertEquals("\"ADOBECODEBANC\"", f.output());
        assertTrue(f.message().contains("length 13, but the shortest has length 4"), f.message());
    }

    @Test
    void runGoesOnPastAWrongAnswerAndShowsEveryExample() {
        Result r = runExamples(solution("return s.length() == 1 ? s : \"\";"));
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        assertEquals(3, r.tests().size());
        assertEquals(List.of(Verdict.WRONG_ANSWER, Verdict.ACCEPTED, Verdict.WRONG_ANSWER),
                r.tests().stream().map(TestResult::verdict).toList());
        assertEquals(1, r.passed());
    }

    @Test
    void submitStopsAtTheFirstFailureAndCountsThePassedTests() {
        // Right on the examples, wrong as soon as s is longer than 20: fails in the hidden tests.
        String text = CORRECT.replace("int[] need", "if (s.length() > 20) return \"\";\n int[] need");
        Result r = TestPackages.judge().submit(P76, source(text));
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        assertTrue(r.passed() >= 3 && r.passed() < r.total(), r.passed() + " / " + r.total());
        assertEquals(r.passed() + 1, r.tests().size());
        assertEquals(r.failure(), r.tests().get(r.tests().size() - 1));
    }

    @Test
    void nullForNoWindowIsAWrongAnswer() {
        Result r = runCases(solution("return s.equals(t) ? s : null;"), "\"a\" \"aa\"");
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        assertEquals("null", r.failure().output());
        assertTrue(r.failure().message().contains("null"), r.failure().message());
    }

    @Test
    void runtimeErrorShowsTheExceptionAndTheUsersOwnLineNumbers() {
        String text = """
                package com.example;

                import java.util.*;

                public class Solution {
                    public String minWindow(String s, String t) {
                        return helper(s);
                    }
                    private String helper(String s) {
                        int[] counts = new int[26];
                        for (char c : s.toCharArray()) counts[c - 'a']++;
                        return "";
                    }
                }
                """;
        Result r = TestPackages.judge().run(P76, Source.of(Path.of("MyFile.java"), text), null);
        assertEquals(Verdict.RUNTIME_ERROR, r.verdict());
        String message = r.failure().message();
        assertTrue(message.startsWith("java.lang.ArrayIndexOutOfBoundsException: Index -32 out of bounds"), message);
        assertTrue(message.contains("at Solution.helper(MyFile.java:11)"), message);
        assertTrue(message.contains("at Solution.minWindow(MyFile.java:7)"), message);
        assertFalse(message.contains("judge.runner"), "the runner's frames are not the user's: " + message);
    }

    @Test
    void whatTheSolutionPrintsIsShownWithItsFailure() {
        Result r = runExamples(solution("System.out.println(\"debug: \" + s); System.err.print(\"err\"); return \"x\";"));
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        assertEquals("debug: ADOBECODEBANC\nerr", r.failure().stdout());
    }

    @Test
    void anInfiniteLoopIsTimeLimitExceededAndTheChildIsKilled() {
        Result r = runExamples(solution("while (true) { }"));
        assertEquals(Verdict.TIME_LIMIT_EXCEEDED, r.verdict());
        assertEquals(1, r.tests().size(), "nothing runs after a time limit in the same child");
        assertTrue(r.failure().message().contains("the limit for this test is 1000 ms"), r.failure().message());
    }

    @Test
    void allocatingPastTheHeapIsMemoryLimitExceeded() {
        Result r = runExamples(solution("List<long[]> hog = new ArrayList<>(); while (true) hog.add(new long[1 << 20]);"));
        assertEquals(Verdict.MEMORY_LIMIT_EXCEEDED, r.verdict());
        assertTrue(r.failure().message().contains("256 MB"), r.failure().message());
    }

    @Test
    void catchingOutOfMemoryErrorDoesNotEscapeTheLimit() {
        Result r = runExamples(solution("""
                List<long[]> hog = new ArrayList<>();
                try { while (true) hog.add(new long[1 << 20]); } catch (Throwable e) { hog = null; }
                return "BANC";"""));
        assertEquals(Verdict.MEMORY_LIMIT_EXCEEDED, r.verdict());
    }

    @Test
    void floodingStdoutIsOutputLimitExceeded() {
        Result r = runExamples(solution("while (true) System.out.println(\"Accepted Accepted Accepted Accepted\");"));
        assertEquals(Verdict.OUTPUT_LIMIT_EXCEEDED, r.verdict());
    }

    @Test
    void floodingFileDescriptorOneDirectlyIsOutputLimitExceeded() {
        Result r = runExamplesUnscanned(solution("""
                try (var out = new java.io.FileOutputStream(java.io.FileDescriptor.out)) {
                    byte[] junk = new byte[1 << 16];
                    while (true) out.write(junk);
                } catch (java.io.IOException e) { return ""; }"""));
        assertEquals(Verdict.OUTPUT_LIMIT_EXCEEDED, r.verdict());
    }

    @Test
    void systemExitIsARuntimeErrorEvenWithStatusZero() {
        Result r = runExamplesUnscanned(solution("System.exit(0); return \"\";"));
        assertEquals(Verdict.RUNTIME_ERROR, r.verdict());
        assertTrue(r.failure().message().contains("status 0"), r.failure().message());
    }

    @Test
    void exitingAfterAnsweringTheFirstTestRightIsStillARuntimeError() {
        String text = CORRECT.replace("class Solution {", "class Solution {\n static int calls;")
                .replace("int[] need", "if (++calls > 1) Runtime.getRuntime().halt(0);\n int[] need");
        Result r = TestPackages.unscannedJudge().submit(P76, source(text));
        assertEquals(Verdict.RUNTIME_ERROR, r.verdict());
        assertEquals(1, r.passed());
    }

    @Test
    void printingFakeResultFramesCannotForgeAnAnswer() {
        Result r = runExamplesUnscanned(solution("""
                String fake = "\\u0001J0000 12\\n[\\"ok\\",1,\\"\\\\\\"BANC\\\\\\"\\"]\\u0001E0000\\n";
                System.out.print(fake);
                try { var fd = new java.io.FileOutputStream(java.io.FileDescriptor.out); fd.write(fake.getBytes()); fd.flush(); }
                catch (java.io.IOException e) { }
                System.out.println("ACCEPTED");
                return "nope";"""));
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        assertEquals("\"nope\"", r.failure().output());
    }

    @Test
    void eachTestGetsANewSolutionInstance() {
        String text = CORRECT.replace("class Solution {", "class Solution {\n private int used;")
                .replace("int[] need", "if (used++ > 0) return \"reused\";\n int[] need");
        assertEquals(Verdict.ACCEPTED, runExamples(text).verdict());
    }

    @Test
    void recursionTenToTheFifthDeepWorks() {
        Result r = runExamples("""
                class Solution {
                    int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }
                    public String minWindow(String s, String t) {
                        return depth(100_000) == 100_000 ? new Reference().minWindow(s, t) : "";
                    }
                }
                """ + CORRECT.replace("class Solution", "class Reference"));
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> String.valueOf(r.failure()));
    }

    @Test
    void infiniteRecursionIsARuntimeErrorNamingStackOverflow() {
        // Filling a 512 MB stack takes CPU time (some 0.5 s with the tiniest frames), and on a loaded machine it
        // came near the 1 s limit: the limits here are 20 times looser, so that the time never decides.
        Result r = TestPackages.judge().withTimeLimitsScaled(20).run(P76, source("class Solution {\n public String"
                + " minWindow(String s, String t) { return deeper(s, t, 0, 0L, 0L, 0L, 0L); }\n String deeper(String s,"
                + " String t, int d, long a, long b, long c, long e) { return deeper(s, t, d + 1, a + 1, b + 2, c + 3,"
                + " e + 4); }\n}\n"), null);
        assertEquals(Verdict.RUNTIME_ERROR, r.verdict());
        assertTrue(r.failure().message().startsWith("java.lang.StackOverflowError"), r.failure().message());
    }

    @Test
    void leetCodesImplicitImportsAndPairAreAvailable() {
        Result r = runExamples("""
                class Solution {
                    public String minWindow(String s, String t) {
                        Map<Character, Integer> need = new HashMap<>();
                        for (char c : t.toCharArray()) need.merge(c, 1, Integer::sum);
                        Pair<Integer, Integer> best = new Pair<>(0, Integer.MAX_VALUE);
                        int missing = t.length(), left = 0;
                        for (int right = 0; right < s.length(); right++) {
                            if (need.merge(s.charAt(right), -1, Integer::sum) >= 0) missing--;
                            while (missing == 0) {
                                if (right - left + 1 < best.getValue()) best = new Pair<>(left, right - left + 1);
                                if (need.merge(s.charAt(left++), 1, Integer::sum) > 0) missing++;
                            }
                        }
                        BigInteger unused = BigInteger.ONE;
                        Function<String, String> id = x -> x;
                        return best.getValue() == Integer.MAX_VALUE ? ""
                                : id.apply(s.substring(best.getKey(), best.getKey() + best.getValue()));
                    }
                }
                """);
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> r.compileErrors() + " " + r.failure());
    }

    @Test
    void aSolutionMayDeclareItsOwnPair() {
        Result r = runExamples(CORRECT + "\nclass Pair { int a, b; }\n");
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> String.valueOf(r.compileErrors()));
    }

    @Test
    void compileErrorsPointAtTheUsersLineAndColumn() {
        Result r = runExamples("class Solution {\n    public String minWindow(String s, String t) {\n"
                + "        int x = 1\n        return \"\";\n    }\n}\n");
        assertEquals(Verdict.COMPILE_ERROR, r.verdict());
        var e = r.compileErrors().get(0);
        assertEquals(3, e.line());
        assertEquals(18, e.column());
        assertEquals("';' expected", e.message());
        assertEquals("        int x = 1", e.sourceLine());
    }

    @Test
    void compileErrorsOnLineOneKeepTheUsersColumn() {
        Result r = runExamples("class Solution { public String minWindow(String s, String t) { return 1; } }");
        assertEquals(Verdict.COMPILE_ERROR, r.verdict());
        var e = r.compileErrors().get(0);
        assertEquals(1, e.line());
        assertEquals(71, e.column());
        assertTrue(e.message().contains("incompatible types"), e.message());
    }

    @Test
    void aMissingClassOrMethodOrWrongTypesIsACompileErrorNamingTheExpectedSignature() {
        String expected = "expected class Solution { public String minWindow(String s, String t) }";
        Result noClass = runExamples("class Answer { public String minWindow(String s, String t) { return s; } }");
        assertEquals(Verdict.COMPILE_ERROR, noClass.verdict());
        assertTrue(noClass.message().contains("class Solution not found; method minWindow is in class Answer (line 1):"
                + " rename class Answer to Solution; " + expected), noClass.message());
        Result nothing = runExamples("class Answer { public String other(String s, String t) { return s; } }");
        assertTrue(nothing.message().contains("class Solution not found; " + expected), nothing.message());

        Result noMethod = runExamples("class Solution { public String minWin(String s, String t) { return s; } }");
        assertTrue(noMethod.message().contains("has no method minWindow; " + expected), noMethod.message());

        Result wrongReturn = runExamples("class Solution { public int minWindow(String s, String t) { return 0; } }");
        assertTrue(wrongReturn.message().contains("found int minWindow(String, String); " + expected),
                wrongReturn.message());

        Result wrongParams = runExamples("class Solution { public String minWindow(char[] s, String t) { return \"\"; } }");
        assertTrue(wrongParams.message().contains("found String minWindow(char[], String)"), wrongParams.message());

        Result noDefaultCtor = runExamples("class Solution { Solution(int x) {} "
                + "public String minWindow(String s, String t) { return s; } }");
        assertTrue(noDefaultCtor.message().contains("constructor without parameters"), noDefaultCtor.message());
    }

    @Test
    void anIdeStyleFileWithPackageMainAndAnotherNameIsAccepted() {
        String text = "package com.example.leetcode;\n\nimport java.util.Arrays;\n\npublic "
                + CORRECT.replace("class Solution {", "class Solution {\n    public static void main(String[] args) {"
                + " System.out.println(new Solution().minWindow(\"ab\", \"b\")); }");
        Result r = TestPackages.judge().run(P76, Source.of(Path.of("Main76.java"), text), null);
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> r.compileErrors() + " " + r.message());
    }

    @Test
    void customInputGetsItsExpectedAnswerFromTheReference() {
        Result r = runCases(CORRECT, "\"xyzAxyzBxyz\"\n\"BA\"");
        assertEquals(Verdict.ACCEPTED, r.verdict());
        assertEquals("\"AxyzB\"", r.tests().get(0).expected());
        assertEquals("case-1", r.tests().get(0).name());
    }

    @Test
    void aBrokenReferenceIsAnInternalErrorNotTheUsersFault(@org.junit.jupiter.api.io.TempDir Path problems) {
        Path dir = TestPackages.copyOf76(problems);
        TestPackages.write(dir.resolve("reference/Solution.java"),
                "class Solution { public String minWindow(String s, String t) { throw new IllegalStateException(); } }");
        Problem broken = judge.problem.ProblemLoader.load(dir);
        Result r = TestPackages.judge().submit(broken, source(CORRECT));
        assertEquals(Verdict.INTERNAL_ERROR, r.verdict());
        assertTrue(r.message().contains("the reference solution failed on test example-1"), r.message());
    }

    @Test
    void aCheckerThatDoesNotCompileIsAnInternalError(@org.junit.jupiter.api.io.TempDir Path problems) {
        Path dir = TestPackages.copyOf76(problems);
        TestPackages.write(dir.resolve("checker/MinWindowChecker.java"), "public final class MinWindowChecker {");
        Problem broken = judge.problem.ProblemLoader.load(dir);
        Result r = runExamplesOf(broken, CORRECT);
        assertEquals(Verdict.INTERNAL_ERROR, r.verdict());
        assertTrue(r.message().contains("the checker does not compile"), r.message());
    }

    private static Result runExamplesOf(Problem problem, String text) {
        return TestPackages.judge().run(problem, source(text), null);
    }

    @Test
    void aBugTheHiddenTestsMissIsCaughtByTheSubmitsPropertyPhaseAndShrunk() {
        String planted = CORRECT.replace("int[] need", "if (s.length() == 5 && t.length() == 2) return s;\n int[] need");
        Result r = TestPackages.judge().submit(P76, source(planted));
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        assertEquals(r.total() - 1, r.passed(), "every fixed test passes; only the property phase fails");
        assertEquals(Judge.propertySeed(P76, source(planted)), r.propertySeed());
        assertTrue(r.failure().name().startsWith("property (seed " + r.propertySeed() + ","), r.failure().name());
        assertEquals(5, r.failure().input().get(0).length() - 2, "s keeps the length the bug needs");
        assertTrue(r.failure().message().contains("shrunk from size"), r.failure().message());
        // Deterministic: the same submission fails the same way again.
        TestResult again = TestPackages.judge().submit(P76, source(planted)).failure();
        assertEquals(List.of(r.failure().name(), r.failure().input(), r.failure().output(), r.failure().message()),
                List.of(again.name(), again.input(), again.output(), again.message()));
    }

    @Test
    void thePropertySeedDependsOnTheSourceAndThePackageAndIsStable() {
        Problem p438 = judge.problem.ProblemLoader.load(TestPackages.PROBLEMS.resolve("0438-find-all-anagrams-in-a-string"));
        long seed = Judge.propertySeed(P76, source(CORRECT));
        assertEquals(seed, Judge.propertySeed(P76, source(CORRECT)), "reproducible");
        assertTrue(seed != Judge.propertySeed(P76, source(CORRECT + "\n// another run\n")), "differs per source");
        assertTrue(seed != Judge.propertySeed(p438, source(CORRECT)), "differs per package");
        assertTrue(seed >= 0);
    }
}
