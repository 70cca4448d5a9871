package judge.complexity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import judge.problem.Problem;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The chart of {@code complexity --plot} (XChart): time per call against size on log-log axes, the solution's and
 * the reference's measured times with their fitted power laws dashed, and the largest size the constraints allow
 * marked by a vertical line. PNG or SVG, by the file's extension.
 */
public final class Plot {
    private static final Color YOURS = new Color(0xC0392B);
    private static final Color REFERENCE = new Color(0x2471A3);
    private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {6f, 4f}, 0f);

    private Plot() {}

    /** Why {@code file} cannot take a chart (its extension, a missing folder), or empty when it can. */
    public static Optional<String> checkFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".png")) {
            return Optional.of("expected a file name ending in .svg or .png");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            return Optional.of("the folder " + parent + " does not exist");
        }
        return Optional.empty();
    }

    /** Writes the chart of {@code m}'s main run to {@code file}; {@code null} when written, else why not. */
    public static String write(Complexity.Measurement m, Problem problem, Path file) {
        Optional<String> bad = checkFile(file);
        if (bad.isPresent()) {
            return bad.get();
        }
        System.setProperty("java.awt.headless", "true");
        try {
            XYChart chart = chart(m.main(), problem);
            boolean svg = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
            try (OutputStream out = Files.newOutputStream(file)) {
                if (svg) {
                    VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                } else {
                    BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
                }
            }
            return null;
        } catch (IOException e) {
            return "cannot write it: " + e.getMessage();
        } catch (RuntimeException | Error e) {
            // Java2D without fonts (a minimal container) fails deep in AWT: say so rather than crash.
            if (e instanceof VirtualMachineError v && !(e instanceof InternalError)) {
                throw v;
            }
            return "cannot draw it (" + e + "); the text report above has the same figures";
        }
    }

    static XYChart chart(Complexity.Run run, Problem problem) {
        Growth g = run.growth();
        String n = g.growing().equals(java.util.List.of("calls")) ? "n = number of calls"
                : "n = size of " + g.label() + (g.held().isEmpty() ? "" : " (" + held(g) + ")");
        XYChart chart = new XYChartBuilder().width(900).height(560)
                .title(problem.id() + ". " + problem.title() + ": CPU time per call as " + g.label() + " grow"
                        + (g.growing().size() > 1 ? "" : "s"))
                .xAxisTitle(n).yAxisTitle("ms per call (median)").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("#,###");
        Styler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.InsideNW);
        styler.setChartBackgroundColor(Color.WHITE);
        double x0 = Double.MAX_VALUE;
        double x1 = g.limit();
        double y0 = Double.MAX_VALUE;
        double y1 = 0;
        for (Series s : java.util.List.of(run.solution(), run.reference())) {
            for (int i = 0; i < s.times().size(); i++) {
                if (s.times().get(i) > 0) {
                    x0 = Math.min(x0, run.sizes().get(i));
                    x1 = Math.max(x1, run.sizes().get(i));
                    y0 = Math.min(y0, s.times().get(i));
                    y1 = Math.max(y1, s.times().get(i));
                }
            }
        }
        if (y1 == 0) {
            x0 = 1;
            y0 = 0.001;
            y1 = 1;
        }
        add(chart, run, run.solution(), "yours", YOURS);
        add(chart, run, run.reference(), "reference", REFERENCE);
        chart.getStyler().setXAxisMin(x0 / 1.3);
        chart.getStyler().setXAxisMax(x1 * 1.3);
        chart.getStyler().setYAxisMin(y0 / 2);
        chart.getStyler().setYAxisMax(y1 * 2);
        chart.addAnnotation(new AnnotationLine(g.limit(), true, false));
        chart.addAnnotation(new AnnotationText("limit: " + g.limit(), g.limit(), y1 * 1.4, false));
        return chart;
    }

    private static String held(Growth g) {
        StringBuilder s = new StringBuilder();
        g.held().forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append(" = ").append(v));
        return s.toString();
    }

    private static void add(XYChart chart, Complexity.Run run, Series s, String who, Color color) {
        int k = (int) s.times().stream().filter(t -> t > 0).count();
        if (k == 0) {
            return;
        }
        double[] x = new double[k];
        double[] y = new double[k];
        int j = 0;
        for (int i = 0; i < s.times().size(); i++) {
            if (s.times().get(i) > 0) {
                x[j] = run.sizes().get(i);
                y[j++] = s.times().get(i);
            }
        }
        XYSeries points = chart.addSeries(who + ": " + ComplexityReport.estimate(s), x, y);
        points.setMarker(SeriesMarkers.CIRCLE);
        points.setMarkerColor(color);
        points.setLineColor(color);
        points.setLineWidth(1.5f);
        Fit fit = s.fit();
        double from = Double.MAX_VALUE;
        double to = 0;
        for (int i = 0; i < s.times().size(); i++) {
            if (s.times().get(i) > Measurer.FLOOR_MS) { // the sizes the fit used
                from = Math.min(from, run.sizes().get(i));
                to = Math.max(to, run.sizes().get(i));
            }
        }
        if (fit != null && to > from) {
            double[] fx = {from, to};
            double[] fy = {fit.predict(fx[0]), fit.predict(fx[1])};
            XYSeries line = chart.addSeries(who + " fitted", fx, fy);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(color);
            line.setLineStyle(DASHED);
            line.setShowInLegend(false);
        }
    }
}
