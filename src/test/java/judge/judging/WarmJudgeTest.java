package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import judge.TestPackages;
import judge.compile.Source;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A judge kept warm for watch: the same verdicts, the reference timed once, and edits to the package seen. */
class WarmJudgeTest {
    @TempDir Path problems;

    @Test
    void keepsTestsReferenceTimesAndBootedChildrenBetweenSubmitsUntilThePackageChanges() throws InterruptedException {
        Path dir = TestPackages.copyOf76(problems);
        Problem p = ProblemLoader.load(dir);
        Judge warm = TestPackages.judge().keepingWarm();
        Source accepted = Source.of(Path.of("Solution.java"), TestPackages.read(p.referenceSource()));
        Source wrong = Source.of(Path.of("Wrong.java"),
                "class Solution { public String minWindow(String s, String t) { return s.length() > 3 ? s : \"\"; } }");

        try {
            submitAgainAndAgain(dir, p, warm, accepted, wrong);
        } finally {
            warm.releaseWarmChildren();
        }
        assertEquals(0, warm.warmChildren(), "released");
    }

    private static void submitAgainAndAgain(Path dir, Problem p, Judge warm, Source accepted, Source wrong)
            throws InterruptedException {
        Result first = warm.submit(p, accepted);
        assertEquals(Verdict.ACCEPTED, first.verdict(), first.message());
        Result second = warm.submit(p, accepted);
        assertEquals(Verdict.ACCEPTED, second.verdict(), second.message());
        assertEquals(first.total(), second.total());
        assertEquals(first.referenceRuntimeMs(), second.referenceRuntimeMs(), "the reference is not timed again");
        assertEquals(Verdict.WRONG_ANSWER, warm.submit(p, wrong).verdict());
        // Children for the next judging boot in the background: two for the solution, one for the reference.
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (warm.warmChildren() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(3, warm.warmChildren());
        Result onSpares = warm.submit(p, accepted);
        assertEquals(Verdict.ACCEPTED, onSpares.verdict(), "a spare child runs the new solution: " + onSpares.message());
        assertEquals(Verdict.WRONG_ANSWER, warm.submit(p, wrong).verdict(), "and the next one its own");
        assertEquals(Verdict.ACCEPTED, warm.run(p, accepted, null).verdict());

        TestPackages.write(dir.resolve("tests/hidden/99-extra.json"),
                "[{\"name\":\"extra\",\"input\":{\"s\":\"xyz\",\"t\":\"z\"},\"expected\":\"z\"}]\n");
        Result edited = warm.submit(p, accepted);
        assertEquals(Verdict.ACCEPTED, edited.verdict(), edited.message());
        assertEquals(first.total() + 1, edited.total(), "a test added to the package is loaded");
    }
}
