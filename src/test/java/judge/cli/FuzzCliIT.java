package judge.cli;

import static judge.TestPackages.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import judge.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code judge fuzz} where every failing shrink candidate costs seconds: a solution that hangs is killed at
 * its time limit (a second of CPU, plus the grace of a child's first call) and its child restarted, once per
 * candidate. The second tier; the crashing counterpart, a moment per candidate, is {@link FuzzCliTest}'s. And
 * a correct solution through 100,000 tries (the fast tier runs 10,000).
 */
class FuzzCliIT {
    @Test
    void aSolutionThatHangsIsShrunkWithItsChildKilledAndRestartedEachTime(@TempDir Path dir) throws Exception {
        Path hangs = dir.resolve("Hangs.java");
        write(hangs, "class Solution { public String minWindow(String s, String t) {"
                + " while (s.length() > 3) { } return new StringBuilder(s).reverse().toString().contains(t) ? t : \"\"; } }");
        // The shrink time is a hang guard, not a budget the assertion depends on: on a busy machine each killed
        // candidate takes longer, and shrinking still reaches its end.
        JsonNode j = FuzzCliTest.judge(TestPackages.PROBLEMS, "fuzz", "76", hangs.toString(), "--seed", "1",
                "--format", "json", "--shrink-time", "10m").json();
        JsonNode c = j.get("counterexample");
        assertEquals("TIME_LIMIT_EXCEEDED", c.get("verdict").asText(), j.toString());
        assertTrue(c.get("input").get(0).asText().length() - 2 <= 5, c.toString());
    }

    /** The fast tier's {@link FuzzCliTest#aCorrectSolutionReturningTheLastShortestWindowPasses10000Tries}, ten times longer. */
    @Test
    void aCorrectSolutionReturningTheLastShortestWindowPasses100000Tries() throws Exception {
        FuzzCliTest.assertPassesTries(100000);
    }
}
