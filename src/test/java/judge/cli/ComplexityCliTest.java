package judge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import judge.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code judge complexity}'s plumbing end to end: the JSON contract, the chart file, usage errors; and submit's
 * --no-complexity. No exponent is asserted: timings on a shared machine decide nothing in a test (the fit itself
 * is tested on synthetic series in FitTest).
 */
class ComplexityCliTest {
    static final Path ACCEPTED = FuzzCliTest.SUBMISSIONS.resolve("accepted/HashMapWindow.java");

    static FuzzCliTest.Run judge(String... args) {
        return FuzzCliTest.judge(TestPackages.PROBLEMS, args);
    }

    @Test
    void jsonHasTheSizesBothSeriesAndTheRunsAloneAndThePlotIsWritten(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("growth.png");
        FuzzCliTest.Run r = judge("complexity", "76", ACCEPTED.toString(), "--format", "json", "--budget", "300ms",
                "--time", "20s", "--plot", png.toString());
        assertEquals(0, r.exit(), r.err() + r.out());
        JsonNode j = r.json();
        assertTrue(j.get("error").isNull(), j.toString());
        assertEquals("s and t", j.get("parameter").asText());
        assertEquals(8, j.get("sizes").size());
        for (int i = 1; i < 8; i++) {
            assertTrue(j.get("sizes").get(i).asLong() > j.get("sizes").get(i - 1).asLong(), j.get("sizes").toString());
        }
        for (String program : new String[] {"solution", "reference"}) {
            JsonNode s = j.get(program);
            assertTrue(s.get("times").size() <= 8, s.toString());
            s.get("times").forEach(t -> assertTrue(t.asDouble() >= 0, s.toString()));
            assertTrue(s.has("exponent") && s.has("stderr") && s.has("stopped") && s.has("unclear"), s.toString());
            assertFalse(s.get("class").asText().isEmpty());
        }
        assertEquals(2, j.get("alone").size());
        assertEquals("s", j.get("alone").get(0).get("parameter").asText());
        assertTrue(j.has("dominant"));
        byte[] head = Files.readAllBytes(png);
        assertTrue(head.length > 1000 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G', "a PNG file");
    }

    @Test
    void anUnknownParamAPlotOfAnotherKindAndAProblemWithNothingToGrowAreUsageErrors(@TempDir Path dir) {
        FuzzCliTest.Run param = judge("complexity", "76", ACCEPTED.toString(), "--param", "u");
        assertEquals(2, param.exit());
        assertTrue(param.err().contains("--param u: not a string, array or list parameter of minWindow; one of [s, t]"),
                param.err());
        FuzzCliTest.Run plot = judge("complexity", "76", ACCEPTED.toString(), "--plot", dir.resolve("g.txt").toString());
        assertEquals(2, plot.exit());
        assertTrue(plot.err().contains("expected a file name ending in .svg or .png"), plot.err());
        Path pow = TestPackages.PROBLEMS.resolve("0050-powx-n/reference/Solution.java");
        FuzzCliTest.Run nothing = judge("complexity", "50", pow.toString(), "--format", "json");
        assertEquals(2, nothing.exit());
        assertTrue(nothing.out().contains("no input size to grow"), nothing.out());
    }

    @Test
    void submitWithNoComplexityLeavesTheTimeLimitExceededAsItWas() {
        Path slow = FuzzCliTest.SUBMISSIONS.resolve("time_limit_exceeded/BruteForceEveryStart.java");
        FuzzCliTest.Run r = judge("submit", "76", slow.toString(), "--no-complexity");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("Time Limit Exceeded"), r.out());
        assertFalse(r.out().contains("Growth as"), r.out());
    }
}
