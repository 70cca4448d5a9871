package judge.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import judge.TestPackages;
import judge.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text, JSON and charts of a measurement, on a synthetic one: a quadratic solution against a linear reference. */
class ComplexityReportTest {
    static final Problem P76 = TestPackages.p76();

    /** Yours: n² stopped after 6 sizes; the reference: n over all 8. */
    static Complexity.Measurement quadraticAgainstLinear() {
        double[] sizes = FitTest.SIZES;
        double[] mine = Arrays.copyOf(FitTest.times(n -> 4e-7 * n * n), 6);
        double[] ref = FitTest.times(n -> 3e-6 * n);
        Series yours = new Series("solution", boxed(mine), "the next size would take about 1.6 s a call, over the"
                + " budget of 1.0 s", Fit.of(sizes, mine, Measurer.FLOOR_MS));
        Series theirs = new Series("reference", boxed(ref), null, Fit.of(sizes, ref, Measurer.FLOOR_MS));
        Growth growth = Growth.plan(P76.signature(), null).get(0);
        Complexity.Run run = new Complexity.Run(growth, boxed(sizes), yours, theirs);
        Growth alone = Growth.plan(P76.signature(), null).get(1);
        Complexity.Run sAlone = new Complexity.Run(alone, boxed(sizes), yours, theirs);
        return new Complexity.Measurement("Solution.java", "java", List.of(run, sAlone), "s", null, 12.5);
    }

    static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    @Test
    void theSummaryLineGivesBothExponentsWithTheirErrorAndClass() {
        Complexity.Run run = quadraticAgainstLinear().main();
        assertEquals("yours ≈ n^2.00 ± 0.00, O(n²); reference ≈ n^1.00 ± 0.00, O(n)", ComplexityReport.summary(run));
    }

    @Test
    void theTextShowsEachSizesTimesWhereYoursStoppedTheChartAndTheDominantParameter() {
        String text = ComplexityReport.text(quadraticAgainstLinear(), P76);
        assertTrue(text.contains("Growing s and t (n: the size of each, up to 100000 allowed)"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("\\s+100000\\s+-\\s+0\\.3000")), text);
        assertTrue(text.contains("Yours stopped after n = 25000: the next size would take about 1.6 s"), text);
        assertTrue(text.contains("o yours   * reference"), text);
        assertTrue(text.contains("s dominates your solution's time."), text);
        assertTrue(text.contains("t held at 781"), text);
    }

    @Test
    void theAsciiChartPutsTheFastestTimeBottomLeftAndTheSlowestTopRight() {
        String[] lines = AsciiChart.render(quadraticAgainstLinear().main()).split("\n");
        assertTrue(lines[0].contains("250 ms+"), lines[0]); // 4e-7 * 25000²
        assertTrue(lines[0].stripTrailing().endsWith("o"), "yours' last point is the highest: " + lines[0]);
        assertTrue(lines[AsciiChart.HEIGHT - 1].contains("+*"), "the reference's first point is the lowest");
        assertEquals(AsciiChart.HEIGHT + 3, lines.length);
    }

    @Test
    void theJsonHasTheSeriesTheFitsAndTheRunsAlone() throws Exception {
        JsonNode j = new ObjectMapper().readTree(ComplexityReport.json(quadraticAgainstLinear(), P76));
        assertEquals("s and t", j.get("parameter").asText());
        assertEquals(8, j.get("sizes").size());
        assertEquals(781, j.get("sizes").get(0).asInt());
        JsonNode yours = j.get("solution");
        assertEquals(6, yours.get("times").size());
        assertEquals(2.0, yours.get("exponent").asDouble(), 1e-9);
        assertEquals(0.0, yours.get("stderr").asDouble(), 1e-9);
        assertEquals("O(n²)", yours.get("class").asText());
        assertTrue(yours.get("unclear").isNull());
        assertTrue(yours.get("stopped").asText().startsWith("the next size"));
        assertTrue(j.get("reference").get("stopped").isNull());
        assertEquals("O(n)", j.get("reference").get("class").asText());
        assertEquals(1, j.get("alone").size());
        assertEquals(781, j.get("alone").get(0).get("held").get("t").asInt());
        assertEquals("s", j.get("dominant").asText());
        assertTrue(j.get("error").isNull());
    }

    @Test
    void aMeasurementThatFailedHasItsErrorAndEmptySeries() throws Exception {
        var failed = new Complexity.Measurement("Solution.java", "java", List.of(), null, "the source does not compile",
                1);
        JsonNode j = new ObjectMapper().readTree(ComplexityReport.json(failed, P76));
        assertEquals("the source does not compile", j.get("error").asText());
        assertTrue(j.get("solution").isNull());
        assertEquals(0, j.get("sizes").size());
        assertTrue(ComplexityReport.text(failed, P76).contains("Not measured: the source does not compile"));
    }

    @Test
    void thePngIsARealImageOfTheChartsSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("growth.png");
        assertNull(Plot.write(quadraticAgainstLinear(), P76, png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(560, image.getHeight());
        // Both series' colours are drawn somewhere.
        boolean red = false;
        boolean blue = false;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                red |= rgb == 0xC0392B;
                blue |= rgb == 0x2471A3;
            }
        }
        assertTrue(red && blue, "red " + red + ", blue " + blue);
    }

    @Test
    void theSvgIsAWellFormedSvgDocumentWithDrawing(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("growth.svg");
        assertNull(Plot.write(quadraticAgainstLinear(), P76, svg));
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertTrue(doc.getElementsByTagName("path").getLength() + doc.getElementsByTagName("text").getLength() > 10,
                Files.readString(svg, StandardCharsets.UTF_8).substring(0, 300));
    }

    @Test
    void aPlotFileOfAnotherKindOrInAMissingFolderIsRefusedBeforeAnythingRuns(@TempDir Path dir) {
        assertTrue(Plot.checkFile(dir.resolve("growth.txt")).orElseThrow().contains(".svg or .png"));
        assertTrue(Plot.checkFile(dir.resolve("nowhere/growth.png")).orElseThrow().contains("does not exist"));
        assertTrue(Plot.checkFile(dir.resolve("growth.PNG")).isEmpty());
    }
}
