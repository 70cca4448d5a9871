/*
 * Writes the hidden tests of 9005. SigLIP Sigmoid Loss: tests/hidden/*.json.
 *
 *     java -cp target/classes problems/9005-siglip-sigmoid-loss/generator/GenerateTests.java \
 *         problems/9005-siglip-sigmoid-loss
 *
 * Deterministic. Each answer is this program's copy of the reference (softplus with log1p), checked
 * against an independent computation (norms by Math.hypot, softplus as log(1 + exp) on the safe side)
 * within 1e-9. Embeddings are whole numbers or two decimals.
 *
 *   01-boundaries.json  n = 1, d = 1, n = 256 with d = 128, elements at -100 and 100, t at 1 and 1000,
 *                       b at -1000 and 1000 (every |logit| near 2000: naive sigmoids overflow).
 *   02-tricky.json      the bias of -1000 (-log sigmoid(-999) is 999, not Infinity), the bias added after
 *                       the scale, the normalisation by n (not n^2), unnormalised embeddings.
 *   03-random.json      random batches of several sizes; t and b as trained SigLIP models have them
 *                       (t about 10 to 120, b about -10 to -17) and anywhere in range.
 */

import java.nio.file.Path;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {
    public static void main(String[] args) throws Exception {
        TestWriter out = new TestWriter(Path.of(args[0]), "imageEmb", "textEmb", "t", "b");
        Random r = new Random(9005);
        TestWriter.Group g = out.group("01-boundaries.json");
        add(g, "one-pair", new double[][] {{5}}, new double[][] {{-3}}, 1, 1000);
        add(g, "one-pair-wide", rand(r, 1, 128, 100, 0), rand(r, 1, 128, 100, 0), 1000, -1000);
        add(g, "dimension-1", rand(r, 256, 1, 100, 0), rand(r, 256, 1, 100, 0), 3.5, 0.25);
        double[][] a = rand(r, 256, 128, 100, 0);
        a[0][0] = -100;
        a[1][1] = 100;
        double[][] t = rand(r, 256, 128, 100, 0);
        t[2][2] = -100;
        t[3][3] = 100;
        add(g, "max-batch-scale-1", a, t, 1, -1000);
        add(g, "max-batch-scale-1000", near(r, a, 5), a, 1000, 1000);
        TestWriter.Group k = out.group("02-tricky.json");
        add(k, "bias-minus-1000", new double[][] {{1}}, new double[][] {{1}}, 1, -1000);
        add(k, "bias-plus-1000-pairs", new double[][] {{1, 0}, {0, 1}}, new double[][] {{1, 0}, {0, 1}}, 1, 1000);
        add(k, "scale-10-bias-minus-10", new double[][] {{1}}, new double[][] {{1}}, 10, -10);
        add(k, "identity-two", new double[][] {{1, 0}, {0, 1}}, new double[][] {{1, 0}, {0, 1}}, 1, 0);
        add(k, "identity-four-siglip-init", new double[][] {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}},
                new double[][] {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}}, 10, -10);
        add(k, "unnormalised-lengths", new double[][] {{2, 0}, {0, 1}}, new double[][] {{1, 0}, {0, 100}}, 5, -2);
        add(k, "large-scale-opposites", new double[][] {{1, 1}, {-1, -1}}, new double[][] {{-1, -1}, {1, 1}}, 1000, -500);
        TestWriter.Group q = out.group("03-random.json");
        int[][] shapes = {{2, 2}, {3, 5}, {8, 4}, {16, 16}, {32, 64}, {64, 8}, {100, 128}, {256, 16}};
        double[][] tb = {{10, -10}, {117.3, -12.7}, {1, 0}, {1000, -1000}};
        for (int[] s : shapes) {
            for (double[] p : tb) {
                double[][] x = rand(r, s[0], s[1], 100, 2);
                add(q, "random-" + s[0] + "x" + s[1] + "-t-" + (int) p[0], x,
                        r.nextBoolean() ? near(r, x, 30) : rand(r, s[0], s[1], 100, 2), p[0], p[1]);
            }
        }
        out.write();
    }

    static double round(double x, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(x * f) / f;
    }

    static double[][] rand(Random r, int n, int d, double bound, int decimals) {
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            boolean zero = true;
            for (int k = 0; k < d; k++) {
                x[i][k] = round((r.nextDouble() * 2 - 1) * bound, decimals);
                zero &= x[i][k] == 0;
            }
            if (zero) {
                x[i][0] = 1;
            }
        }
        return x;
    }

    /** A copy of x with noise: pairs that match, as a trained model's would. */
    static double[][] near(Random r, double[][] x, double noise) {
        double[][] y = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            y[i] = new double[x[i].length];
            boolean zero = true;
            for (int k = 0; k < x[i].length; k++) {
                y[i][k] = Math.max(-100, Math.min(100, Math.round(x[i][k] + (r.nextDouble() * 2 - 1) * noise)));
                zero &= y[i][k] == 0;
            }
            if (zero) {
                y[i][0] = 1;
            }
        }
        return y;
    }

    static void add(TestWriter.Group g, String name, double[][] img, double[][] txt, double t, double b) {
        int n = img.length, d = img[0].length;
        if (n < 1 || n > 256 || d < 1 || d > 128 || txt.length != n || !(t >= 1 && t <= 1000)
                || !(b >= -1000 && b <= 1000)) {
            throw new IllegalStateException(name + ": outside the constraints");
        }
        for (double[][] m : new double[][][] {img, txt}) {
            for (double[] row : m) {
                boolean zero = true;
                if (row.length != d) {
                    throw new IllegalStateException(name + ": not rectangular");
                }
                for (double x : row) {
                    if (!(Math.abs(x) <= 100)) {
                        throw new IllegalStateException(name + ": element " + x);
                    }
                    zero &= x == 0;
                }
                if (zero) {
                    throw new IllegalStateException(name + ": zero row");
                }
            }
        }
        double expected = reference(img, txt, t, b);
        double other = independent(img, txt, t, b);
        if (!(Math.abs(expected - other) <= 1e-9 || Math.abs(expected - other) <= 1e-12 * expected)) {
            throw new IllegalStateException(name + ": " + expected + " vs " + other);
        }
        g.add(name, expected, img, txt, t, b);
    }

    static double reference(double[][] imageEmb, double[][] textEmb, double t, double b) {
        int n = imageEmb.length;
        double[][] u = normalised(imageEmb), v = normalised(textEmb);
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int k = 0; k < u[i].length; k++) {
                    dot += u[i][k] * v[j][k];
                }
                double x = t * dot + b;
                double y = i == j ? -x : x;
                total += Math.max(y, 0) + Math.log1p(Math.exp(-Math.abs(y)));
            }
        }
        return total / n;
    }

    static double[][] normalised(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double sq = 0;
            for (double a : x[i]) {
                sq += a * a;
            }
            double norm = Math.sqrt(sq);
            out[i] = new double[x[i].length];
            for (int k = 0; k < x[i].length; k++) {
                out[i][k] = x[i][k] / norm;
            }
        }
        return out;
    }

    static double independent(double[][] imageEmb, double[][] textEmb, double t, double b) {
        int n = imageEmb.length;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double ni = 0;
            for (double a : imageEmb[i]) {
                ni = Math.hypot(ni, a);
            }
            for (int j = 0; j < n; j++) {
                double nj = 0, dot = 0;
                for (int k = 0; k < textEmb[j].length; k++) {
                    nj = Math.hypot(nj, textEmb[j][k]);
                    dot += imageEmb[i][k] * textEmb[j][k];
                }
                double y = -(i == j ? 1 : -1) * (t * (dot / (ni * nj)) + b);
                total += y > 0 ? y + Math.log(1 + Math.exp(-y)) : Math.log(1 + Math.exp(y));
            }
        }
        return total / n;
    }
}
