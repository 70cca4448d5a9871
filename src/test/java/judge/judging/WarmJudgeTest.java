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
    void keepsTheReferencesTimesBetweenSubmitsUntilThePackageChanges() {
        Path dir = TestPackages.copyOf76(problems);
        Problem p = ProblemLoader.load(dir);
        Judge warm = TestPackages.judge().keepingWarm();
        Source accepted = Source.of(Path.of("Solution.java"), TestPackages.read(p.referenceSource()));
        Source wrong = Source.of(Path.of("Wrong.java"),
                "class Solution { public String minWindow(String s, String t) { return s.length() > 3 ? s : \"\"; } }");

        Result first = warm.submit(p, accepted);
        assertEquals(Verdict.ACCEPTED, first.verdict(), first.message());
        Result second = warm.submit(p, accepted);
        assertEquals(Verdict.ACCEPTED, second.verdict(), second.message());
        assertEquals(first.total(), second.total());
        assertEquals(first.referenceRuntimeMs(), second.referenceRuntimeMs(), "the reference is not timed again");
        assertEquals(Verdict.WRONG_ANSWER, warm.submit(p, wrong).verdict());

        TestPackages.write(dir.resolve("tests/hidden/99-extra.json"),
                "[{\"name\":\"extra\",\"input\":{\"s\":\"xyz\",\"t\":\"z\"},\"expected\":\"z\"}]\n");
        Result edited = warm.submit(p, accepted);
        assertEquals(Verdict.ACCEPTED, edited.verdict(), edited.message());
        assertEquals(first.total() + 1, edited.total(), "a test added to the package is loaded");
    }
}
