/*
 * Writes the hidden tests of 9001. Tiled Online Softmax Attention: tests/hidden/*.json.
 *
 *     java -cp target/classes problems/9001-tiled-online-softmax-attention/generator/GenerateTests.java \
 *         problems/9001-tiled-online-softmax-attention
 *
 * Deterministic (java.util.Random with literal seeds, fixed order). Each expected answer is this
 * program's copy of the reference (online softmax with rescaling), checked against two independent
 * computations: the log-domain running mean at every size, and a fresh stable softmax of every prefix
 * (shifted by the prefix's own maximum) where n * tiles <= 10^7; both must agree within 1e-9 absolute or
 * relative, a thousand times inside the checker's 1e-6. Every input is checked against the constraints.
 *
 *   01-boundaries.json  n = 1; scores at -10^4 and 10^4, values at -1000 and 1000; blockSize 1 and
 *                       blockSize = n; all scores -10^4 (every exp(s) underflows to 0 without a shift);
 *                       n = 10^5 with blockSize = n (one output).
 *   02-tricky.json      a score of 800 (naive exp overflows: NaN); a prefix far below a later score (a
 *                       shift by the global maximum gives 0/0 for the prefix); a maximum that grows in
 *                       every tile (a forgotten rescale of acc); a maximum that grows mid-tile; equal
 *                       scores (plain means); the tile boundary at n - 1 and a short last tile.
 *   03-random.json      random sizes and block sizes, scores over the whole range, within +-5 (weights of
 *                       similar size, where a float implementation drifts most) and in clusters.
 *   04-max.json         n = 10^5 with blockSize = 1 and increasing scores: every tile raises the maximum
 *                       (every rescale exercised) and recomputing each prefix is 5 * 10^9 exponentials;
 *                       n = 10^5 random with small tiles, where float accumulators are far off.
 */

import java.nio.file.Path;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {
    static final int MAX_N = 100_000;
    static TestWriter out;

    public static void main(String[] args) throws Exception {
        out = new TestWriter(Path.of(args[0]), "scores", "values", "blockSize");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    static void add(TestWriter.Group g, String name, double[] s, double[] v, int b) {
        if (s.length < 1 || s.length > MAX_N || v.length != s.length || b < 1 || b > s.length) {
            throw new IllegalStateException(name + ": sizes outside the constraints");
        }
        for (int i = 0; i < s.length; i++) {
            if (!(Math.abs(s[i]) <= 10_000) || !(Math.abs(v[i]) <= 1000)) {
                throw new IllegalStateException(name + ": element " + i + " outside the constraints");
            }
        }
        double[] expected = reference(s, v, b);
        check(name, expected, logDomain(s, v, b));
        if ((long) s.length * expected.length <= 10_000_000L) {
            check(name, expected, prefixes(s, v, b));
        }
        g.add(name, expected, s, v, b);
    }

    static void check(String name, double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            double d = Math.abs(a[i] - b[i]);
            if (!(d <= 1e-9 || d <= 1e-9 * Math.abs(a[i]))) {
                throw new IllegalStateException(name + ": index " + i + ": " + a[i] + " vs " + b[i]);
            }
        }
    }

    static double[] reference(double[] scores, double[] values, int blockSize) {
        int n = scores.length;
        double[] out = new double[(n + blockSize - 1) / blockSize];
        double m = Double.NEGATIVE_INFINITY, l = 0, acc = 0;
        for (int t = 0; t < out.length; t++) {
            int start = t * blockSize, end = Math.min(n, start + blockSize);
            double tileMax = Double.NEGATIVE_INFINITY;
            for (int i = start; i < end; i++) {
                tileMax = Math.max(tileMax, scores[i]);
            }
            if (tileMax > m) {
                double r = Math.exp(m - tileMax);
                l *= r;
                acc *= r;
                m = tileMax;
            }
            for (int i = start; i < end; i++) {
                double w = Math.exp(scores[i] - m);
                l += w;
                acc += w * values[i];
            }
            out[t] = acc / l;
        }
        return out;
    }

    static double[] logDomain(double[] scores, double[] values, int blockSize) {
        int n = scores.length;
        double[] out = new double[(n + blockSize - 1) / blockSize];
        double lse = Double.NEGATIVE_INFINITY, mean = 0;
        for (int i = 0; i < n; i++) {
            double hi = Math.max(lse, scores[i]);
            double next = hi + Math.log1p(Math.exp(Math.min(lse, scores[i]) - hi));
            mean += Math.exp(scores[i] - next) * (values[i] - mean);
            lse = next;
            if ((i + 1) % blockSize == 0 || i == n - 1) {
                out[i / blockSize] = mean;
            }
        }
        return out;
    }

    static double[] prefixes(double[] scores, double[] values, int blockSize) {
        int n = scores.length;
        double[] out = new double[(n + blockSize - 1) / blockSize];
        for (int t = 0; t < out.length; t++) {
            int end = Math.min(n, (t + 1) * blockSize);
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < end; i++) {
                max = Math.max(max, scores[i]);
            }
            double l = 0, acc = 0;
            for (int i = 0; i < end; i++) {
                double w = Math.exp(scores[i] - max);
                l += w;
                acc += w * values[i];
            }
            out[t] = acc / l;
        }
        return out;
    }

    static double[] fill(int n, double x) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, x);
        return a;
    }

    /** A number with at most {@code decimals} decimals, so that the files stay small. */
    static double round(double x, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(x * f) / f;
    }

    static double[] uniform(Random r, int n, double lo, double hi, int decimals) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = Math.max(lo, Math.min(hi, round(lo + (hi - lo) * r.nextDouble(), decimals)));
        }
        return a;
    }

    static void boundaries(TestWriter.Group g) {
        add(g, "one-key", new double[] {10000}, new double[] {-1000}, 1);
        add(g, "one-key-low", new double[] {-10000}, new double[] {1000}, 1);
        add(g, "bounds-block-1", new double[] {-10000, 10000, -10000, 10000}, new double[] {1000, -1000, 7, 1000}, 1);
        add(g, "bounds-block-n", new double[] {10000, -10000, 10000}, new double[] {-1000, 1000, 1000}, 3);
        add(g, "all-lowest-scores", fill(50, -10000), uniform(new Random(1), 50, -1000, 1000, 0), 7);
        add(g, "all-highest-scores", fill(50, 10000), uniform(new Random(2), 50, -1000, 1000, 0), 5);
        Random r = new Random(3);
        add(g, "max-n-one-tile", uniform(r, MAX_N, -10000, 10000, 1), uniform(r, MAX_N, -1000, 1000, 0), MAX_N);
    }

    static void tricky(TestWriter.Group g) {
        add(g, "overflow-800", new double[] {800, 0}, new double[] {1, 2}, 1);
        add(g, "overflow-in-tile", new double[] {0, 710, 1, 709}, new double[] {5, -5, 3, 1}, 2);
        add(g, "global-shift", new double[] {-800, 800}, new double[] {1, 2}, 1);
        add(g, "global-shift-long-prefix", new double[] {-9000, -8990, -9000, 9000, 0}, new double[] {1, 2, 3, 4, 5}, 2);
        add(g, "rescale", new double[] {0, 10}, new double[] {1, 0}, 1);
        add(g, "rescale-every-tile", new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, new double[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, 1);
        add(g, "rescale-mid-tile", new double[] {1, 0, 3, 0, 2, 8, 0, 1}, new double[] {1, -1, 2, -2, 3, -3, 4, -4}, 3);
        add(g, "equal-scores", fill(6, 3.5), new double[] {1, 2, 3, 4, 5, 6}, 4);
        add(g, "short-last-tile", new double[] {5, 4, 3, 2, 1, 0, -1}, new double[] {1, 10, 100, 1000, -1000, -100, -10}, 3);
        add(g, "last-tile-one", new double[] {-3, 2, 8, 8, 7}, new double[] {0.5, 0.25, -0.125, 1, 2}, 4);
    }

    static void random(TestWriter.Group g) {
        Random r = new Random(9001);
        int[] sizes = {2, 3, 5, 8, 13, 100, 1000, 5000};
        for (int k = 0; k < sizes.length; k++) {
            int n = sizes[k];
            int b = 1 + r.nextInt(n);
            add(g, "random-wide-" + n, uniform(r, n, -10000, 10000, 2), uniform(r, n, -1000, 1000, 2), b);
            add(g, "random-narrow-" + n, uniform(r, n, -5, 5, 3), uniform(r, n, -1000, 1000, 2), 1 + r.nextInt(n));
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = round((r.nextInt(5) - 2) * 3000 + r.nextGaussian() * 20, 2);
            }
            add(g, "random-clusters-" + n, s, uniform(r, n, -1000, 1000, 1), 1 + r.nextInt(Math.min(n, 8)));
        }
        add(g, "random-large-narrow", uniform(r, 20000, -3, 3, 3), uniform(r, 20000, -1000, 1000, 1), 16);
    }

    static void max(TestWriter.Group g) {
        double[] s = new double[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            s[i] = round(-10000 + 0.2 * i, 1);
        }
        Random r = new Random(4);
        add(g, "max-increasing-block-1", s, uniform(r, MAX_N, -1000, 1000, 0), 1);
        add(g, "max-random-narrow-block-64", uniform(r, MAX_N, -2, 2, 2), uniform(r, MAX_N, -1000, 1000, 0), 64);
    }
}
