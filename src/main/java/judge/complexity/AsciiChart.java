package judge.complexity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A log-log chart for the terminal: time per call against size, one mark per measured size, {@code o} for the
 * solution, {@code *} for the reference ({@code @} where both fall in one cell), with the fitted line of each
 * drawn in dots between its first and last point.
 */
final class AsciiChart {
    static final int WIDTH = 56;
    static final int HEIGHT = 14;

    private AsciiChart() {}

    /** The chart of {@code run}, or {@code null} when neither program has a measurable time. */
    static String render(Complexity.Run run) {
        List<double[]> points = new ArrayList<>();
        collect(run, run.solution(), points);
        collect(run, run.reference(), points);
        if (points.isEmpty()) {
            return null;
        }
        double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y0 = Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (double[] p : points) {
            x0 = Math.min(x0, p[0]);
            x1 = Math.max(x1, p[0]);
            y0 = Math.min(y0, p[1]);
            y1 = Math.max(y1, p[1]);
        }
        if (x1 - x0 < 1e-9) {
            x1 = x0 + 1;
        }
        if (y1 - y0 < 1e-9) {
            y1 = y0 + 1;
        }
        char[][] grid = new char[HEIGHT][WIDTH];
        for (char[] row : grid) {
            java.util.Arrays.fill(row, ' ');
        }
        line(grid, run, run.solution(), x0, x1, y0, y1);
        line(grid, run, run.reference(), x0, x1, y0, y1);
        mark(grid, run, run.reference(), '*', x0, x1, y0, y1);
        mark(grid, run, run.solution(), 'o', x0, x1, y0, y1);
        String top = ms(Math.exp(y1));
        String bottom = ms(Math.exp(y0));
        int margin = Math.max(top.length(), bottom.length()) + 1;
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < HEIGHT; r++) {
            String label = r == 0 ? top : r == HEIGHT - 1 ? bottom : "";
            out.append(" ".repeat(margin - label.length())).append(label).append(r == 0 || r == HEIGHT - 1 ? '+' : '|');
            out.append(new String(grid[r]).stripTrailing()).append('\n');
        }
        out.append(" ".repeat(margin)).append('+').append("-".repeat(WIDTH)).append('\n');
        String left = "n = " + size(Math.exp(x0));
        String right = size(Math.exp(x1));
        out.append(" ".repeat(margin + 1)).append(left)
                .append(" ".repeat(Math.max(1, WIDTH - left.length() - right.length()))).append(right).append('\n');
        out.append(" ".repeat(margin + 1)).append("o yours   * reference   (log-log: ms per call against n)\n");
        return out.toString();
    }

    private static void collect(Complexity.Run run, Series s, List<double[]> into) {
        for (int i = 0; i < s.times().size(); i++) {
            double t = s.times().get(i);
            if (t > 0) {
                into.add(new double[] {Math.log(run.sizes().get(i)), Math.log(t)});
            }
        }
    }

    private static void mark(char[][] grid, Complexity.Run run, Series s, char c, double x0, double x1, double y0,
            double y1) {
        for (int i = 0; i < s.times().size(); i++) {
            double t = s.times().get(i);
            if (t <= 0) {
                continue;
            }
            int col = col(Math.log(run.sizes().get(i)), x0, x1);
            int row = row(Math.log(t), y0, y1);
            char here = grid[row][col];
            grid[row][col] = here == '*' && c == 'o' ? '@' : c;
        }
    }

    /** The fitted line over the sizes the fit used, in dots. */
    private static void line(char[][] grid, Complexity.Run run, Series s, double x0, double x1, double y0, double y1) {
        Fit fit = s.fit();
        if (fit == null) {
            return;
        }
        double from = Double.MAX_VALUE;
        double to = -Double.MAX_VALUE;
        for (int i = 0; i < s.times().size(); i++) {
            if (s.times().get(i) > Measurer.FLOOR_MS) {
                from = Math.min(from, Math.log(run.sizes().get(i)));
                to = Math.max(to, Math.log(run.sizes().get(i)));
            }
        }
        for (int col = col(from, x0, x1); col <= col(to, x0, x1); col++) {
            double x = x0 + (x1 - x0) * col / (WIDTH - 1);
            double y = fit.intercept() + fit.exponent() * x;
            if (y >= y0 && y <= y1) {
                grid[row(y, y0, y1)][col] = '.';
            }
        }
    }

    private static int col(double x, double x0, double x1) {
        return (int) Math.round((x - x0) / (x1 - x0) * (WIDTH - 1));
    }

    private static int row(double y, double y0, double y1) {
        return HEIGHT - 1 - (int) Math.round((y - y0) / (y1 - y0) * (HEIGHT - 1));
    }

    static String ms(double ms) {
        if (ms >= 100) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        if (ms >= 1) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        return String.format(Locale.ROOT, "%.3f ms", ms);
    }

    static String size(double n) {
        return String.format(Locale.ROOT, "%.0f", n);
    }
}
