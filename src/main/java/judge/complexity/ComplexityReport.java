package judge.complexity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import judge.problem.Problem;
import judge.report.HostileText;
import judge.report.JsonOutput;

/** Renders a {@link Complexity.Measurement}: the text for a person, the JSON of {@code --format json}. */
public final class ComplexityReport {
    private static final ObjectMapper MAPPER = JsonOutput.pretty();

    private ComplexityReport() {}

    /**
     * One line: {@code yours ≈ n^2.01 ± 0.05, O(n²); reference ≈ n^1.02 ± 0.03, O(n)}. Also the line {@code submit}
     * adds to a Time Limit Exceeded.
     */
    public static String summary(Complexity.Run run) {
        return "yours ≈ " + estimate(run.solution()) + "; reference ≈ " + estimate(run.reference());
    }

    /** {@code n^2.01 ± 0.05, O(n²)}, or what is unclear about it. */
    static String estimate(Series s) {
        Fit fit = s.fit();
        if (fit == null) {
            return "unclear (" + s.unclear() + ")";
        }
        String exponent = String.format(Locale.ROOT, "n^%.2f", fit.exponent())
                + (Double.isFinite(fit.stderr()) ? String.format(Locale.ROOT, " ± %.2f", fit.stderr()) : "");
        String name = GrowthClass.of(fit);
        return exponent + ", " + (name.equals(GrowthClass.UNCLEAR) ? "unclear (" + GrowthClass.why(fit) + ")" : name);
    }

    public static String text(Complexity.Measurement m, Problem problem) {
        StringBuilder out = new StringBuilder();
        out.append(problem.id()).append(". ").append(problem.title()).append(": how the time grows (")
                .append(HostileText.line(m.file())).append(")\n");
        if (m.error() != null) {
            out.append("Not measured: ").append(HostileText.block(m.error())).append('\n');
            return out.toString();
        }
        Complexity.Run main = m.main();
        out.append("Growing ").append(what(main.growth())).append("; CPU time per call in ms, the median of up to ")
                .append("several calls per size\n\n");
        table(out, main);
        out.append('\n').append(summary(main)).append('\n');
        String chart = AsciiChart.render(main);
        if (chart != null) {
            out.append('\n').append(chart);
        }
        if (m.runs().size() > 1) {
            out.append("\nEach alone:\n");
            for (Complexity.Run run : m.runs().subList(1, m.runs().size())) {
                out.append("  ").append(what(run.growth())).append(":\n    ").append(summary(run)).append('\n');
                stops(out, run, "    ");
            }
            out.append(m.dominant() != null ? m.dominant() + " dominates your solution's time.\n"
                    : "No single parameter dominates your solution's time.\n");
        }
        out.append(String.format(Locale.ROOT, "(%.1f s)%n", m.seconds()));
        return out.toString();
    }

    /** "s and t (n: the length of each, up to 100000), t held at 781". */
    private static String what(Growth g) {
        String n = g.growing().equals(List.of("calls")) ? "n: the number of calls"
                : "n: the " + (g.growing().size() > 1 ? "size of each" : "size of " + g.label());
        StringBuilder s = new StringBuilder(g.label()).append(" (").append(n).append(", up to ").append(g.limit())
                .append(" allowed)");
        for (Map.Entry<String, Integer> h : g.held().entrySet()) {
            s.append(", ").append(h.getKey()).append(" held at ").append(h.getValue());
        }
        return s.toString();
    }

    private static void table(StringBuilder out, Complexity.Run run) {
        out.append(String.format(Locale.ROOT, "%10s  %12s  %12s%n", "n", "yours", "reference"));
        for (int i = 0; i < run.sizes().size(); i++) {
            out.append(String.format(Locale.ROOT, "%10.0f  %12s  %12s%n", run.sizes().get(i),
                    cell(run.solution(), i), cell(run.reference(), i)));
        }
        stops(out, run, "");
    }

    private static void stops(StringBuilder out, Complexity.Run run, String indent) {
        for (Series s : List.of(run.solution(), run.reference())) {
            if (s.stopped() != null) {
                int reached = s.times().size();
                out.append(indent).append(s.program().equals("solution") ? "Yours" : "The reference")
                        .append(reached == 0 ? " measured no size" : " stopped after n = "
                                + AsciiChart.size(run.sizes().get(reached - 1)))
                        .append(": ").append(s.stopped()).append('\n');
            }
        }
    }

    private static String cell(Series s, int i) {
        if (i >= s.times().size()) {
            return "-";
        }
        double ms = s.times().get(i);
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : ms >= 1 ? String.format(Locale.ROOT, "%.2f", ms)
                : String.format(Locale.ROOT, "%.4f", ms);
    }

    public static String json(Complexity.Measurement m, Problem problem) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("problem", problem.slug());
        root.put("problemId", problem.id());
        root.put("file", m.file());
        root.put("language", m.language());
        root.put("error", m.error());
        Complexity.Run main = m.main();
        if (main != null) {
            run(root, main);
            ArrayNode alone = root.putArray("alone");
            for (Complexity.Run r : m.runs().subList(1, m.runs().size())) {
                run(alone.addObject(), r);
            }
        } else {
            root.putNull("parameter");
            root.putArray("sizes");
            root.putNull("solution");
            root.putNull("reference");
            root.putArray("alone");
        }
        root.put("dominant", m.dominant());
        root.put("seconds", Math.round(m.seconds() * 1000) / 1000.0);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(ObjectNode node, Complexity.Run run) {
        Growth g = run.growth();
        node.put("parameter", g.label());
        ArrayNode growing = node.putArray("growing");
        g.growing().forEach(growing::add);
        ObjectNode held = node.putObject("held");
        g.held().forEach(held::put);
        node.put("limit", g.limit());
        ArrayNode sizes = node.putArray("sizes");
        run.sizes().forEach(n -> sizes.add(Math.round(n)));
        series(node.putObject("solution"), run.solution());
        series(node.putObject("reference"), run.reference());
    }

    private static void series(ObjectNode node, Series s) {
        ArrayNode times = node.putArray("times");
        s.times().forEach(t -> times.add(Math.round(t * 1e4) / 1e4));
        Fit fit = s.fit();
        if (fit == null) {
            node.putNull("exponent");
            node.putNull("stderr");
        } else {
            node.put("exponent", Math.round(fit.exponent() * 1000) / 1000.0);
            if (Double.isFinite(fit.stderr())) {
                node.put("stderr", Math.round(fit.stderr() * 1000) / 1000.0);
            } else {
                node.putNull("stderr");
            }
        }
        node.put("class", s.growthClass());
        node.put("unclear", s.unclear());
        node.put("points", fit == null ? 0 : fit.points());
        node.put("stopped", s.stopped());
    }
}
