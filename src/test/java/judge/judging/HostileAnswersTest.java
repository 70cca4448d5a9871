package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import judge.TestPackages;
import judge.check.Checker;
import judge.compile.Source;
import judge.problem.CustomInput;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.TestCase;
import judge.sandbox.Answer;
import org.junit.jupiter.api.Test;

/**
 * What a solution does with its answer (a lazy list, a huge string, an exception whose methods run code, a value
 * no one can read, an OutOfMemoryError of its own) is timed, bounded and blamed on the solution. The attacks are
 * test resources under {@code hostile/}.
 */
class HostileAnswersTest {
    private static final Problem P76 = TestPackages.p76();
    private static final Problem P438 = ProblemLoader.load(TestPackages.PROBLEMS.resolve("0438-find-all-anagrams-in-a-string"));

    static String hostile(String name) {
        try (InputStream in = HostileAnswersTest.class.getResourceAsStream("/hostile/" + name)) {
            assertNotNull(in, "test resource hostile/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Source source(String name) {
        return Source.of(Path.of("Solution.java"), hostile(name));
    }

    /** The examples of {@code problem}, or custom cases, with the class scan off: these test what runs. */
    private static Result run(Problem problem, String name, String custom) {
        List<TestCase> cases = custom == null ? null : CustomInput.parse(problem, custom, "input.txt");
        return TestPackages.unscannedJudge().run(problem, source(name), cases);
    }

    private static String everything(Result r) {
        StringBuilder all = new StringBuilder(String.valueOf(r.message()));
        for (TestResult t : r.tests()) {
            all.append(t.output()).append(t.stdout()).append(t.message());
        }
        return all.toString();
    }

    @Test
    void quadraticWorkHiddenInALazyListIsTimedAndTimeLimitExceeded() {
        // 30,000 letters, a pattern of 15,000: cubic work (far past any limit, so that no machine is fast
        // enough to pass) hidden in the list's first size() or iterator().
        String s = "ba".repeat(15_000);
        String p = "ab".repeat(7_500);
        Result r = run(P438, "untimed/LazyQuadratic438.java", "\"" + s + "\"\n\"" + p + "\"");
        assertEquals(Verdict.TIME_LIMIT_EXCEEDED, r.verdict(), () -> String.valueOf(r.failure()));
        assertNotNull(r.failure().runtimeMs() == null ? r.failure().message() : r.failure().runtimeMs());
        assertTrue(r.failure().runtimeMs() == null || r.failure().runtimeMs() > r.failure().timeLimitMs(),
                () -> "the reported time holds the conversion: " + r.failure());
    }

    @Test
    void theTimeOfAnAnswerIncludesConvertingIt() {
        // The list is returned at once; iterating it burns at least 400 ms of the solution's CPU.
        Result r = run(P438, "untimed/LazySpin438.java", null);
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> String.valueOf(r.failure()));
        assertTrue(r.tests().get(0).runtimeMs() >= 400, "reported " + r.tests().get(0).runtimeMs() + " ms");
    }

    @Test
    void theLazyListIsStillAcceptedWhenItsWorkFitsTheLimit() {
        Result r = run(P438, "untimed/LazyQuadratic438.java", null);
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> String.valueOf(r.failure()));
    }

    @Test
    void aThirtyMegabyteStringAnswerIsOutputLimitExceededWithASmallResult() {
        Result r = run(P76, "untimed/HugeString76.java", null);
        assertEquals(Verdict.OUTPUT_LIMIT_EXCEEDED, r.verdict(), () -> String.valueOf(r.failure()));
        assertNull(r.failure().output());
        assertTrue(everything(r).length() < 10_000, "result size " + everything(r).length());
    }

    @Test
    void workInAnExceptionsGetMessageIsTimed() {
        Result r = run(P76, "untimed/SlowGetMessage76.java", null);
        assertEquals(Verdict.TIME_LIMIT_EXCEEDED, r.verdict(), () -> String.valueOf(r.failure()));
    }

    @Test
    void aListNestedDeeperThanAnyValueIsTheSolutionsRuntimeError() {
        Result r = run(P438, "unreadable/Nested438.java", null);
        assertEquals(Verdict.RUNTIME_ERROR, r.verdict(), () -> String.valueOf(r.failure()) + r.message());
        assertTrue(r.failure().message().contains("nested deeper than"), r.failure().message());
    }

    @Test
    void anAnswerTheJudgeCannotParseIsARuntimeErrorNotAnInternalError() {
        TestCase test = ProblemLoader.examples(P438).get(0);
        Checker checker = TestPackages.judge().checker(P438);
        String deep = "[".repeat(1100) + "]".repeat(1100);
        for (String unreadable : List.of(deep, "[1,2", "\"unterminated", "{}")) {
            TestResult t = Evaluation.of(test, new Answer.Returned(unreadable, 1_000_000, ""), 1000, checker,
                    "Solution.java", 256);
            assertEquals(Verdict.RUNTIME_ERROR, t.verdict(), unreadable);
            assertTrue(t.message().startsWith("the returned value cannot be read"), t.message());
        }
    }

    @Test
    void throwingAnOutOfMemoryErrorWithTwentyMegabytesUsedIsARuntimeError() {
        Result r = run(P76, "memory/ThrowsOutOfMemory76.java", null);
        assertEquals(Verdict.RUNTIME_ERROR, r.verdict(), () -> String.valueOf(r.failure()));
        assertTrue(r.failure().message().startsWith("java.lang.OutOfMemoryError"), r.failure().message());
    }
}
