/*
 * Writes the hidden tests of 9004. CLIP Symmetric InfoNCE Loss: tests/hidden/*.json.
 *
 *     java -cp target/classes problems/9004-clip-symmetric-infonce-loss/generator/GenerateTests.java \
 *         problems/9004-clip-symmetric-infonce-loss
 *
 * Deterministic. Each answer is this program's copy of the reference, checked against an independent
 * computation (norms by Math.hypot, dot products summed backwards, log-softmax at the diagonal) within
 * 1e-9; the measured difference is about 6e-15. Embeddings are whole numbers or two decimals, so the
 * files stay small. Every input keeps to the constraints (checked here).
 *
 *   01-boundaries.json  n = 1 (loss 0: one candidate), d = 1 (every similarity is +-1), n = 256 with
 *                       d = 128, elements at -100 and 100, logitScale 1 and 1000.
 *   02-tricky.json      logitScale 1000 with aligned pairs (exp(1000) overflows without a shift; loss 0),
 *                       an asymmetric batch (the two directions differ: one half alone is wrong),
 *                       embeddings of different lengths (normalisation matters), identical rows (loss
 *                       log n), negatives (similarity -1).
 *   03-random.json      random batches of several sizes, scales 1 to 1000 (at large scale a float
 *                       implementation is off by about 1e-5).
 */

import java.nio.file.Path;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {
    public static void main(String[] args) throws Exception {
        TestWriter out = new TestWriter(Path.of(args[0]), "imageEmb", "textEmb", "logitScale");
        Random r = new Random(9004);
        TestWriter.Group b = out.group("01-boundaries.json");
        add(b, "one-pair", new double[][] {{5}}, new double[][] {{-3}}, 1);
        add(b, "one-pair-wide", rand(r, 1, 128, 100, 0), rand(r, 1, 128, 100, 0), 1000);
        add(b, "dimension-1", rand(r, 256, 1, 100, 0), rand(r, 256, 1, 100, 0), 3.5);
        double[][] a = rand(r, 256, 128, 100, 0);
        a[0][0] = -100;
        a[1][1] = 100;
        double[][] t = rand(r, 256, 128, 100, 0);
        t[2][2] = -100;
        t[3][3] = 100;
        add(b, "max-batch-scale-1", a, t, 1);
        add(b, "max-batch-scale-1000", near(r, a, 5), a, 1000);
        TestWriter.Group k = out.group("02-tricky.json");
        add(k, "scale-1000-aligned", new double[][] {{1, 0}, {0, 1}}, new double[][] {{1, 0}, {0, 1}}, 1000);
        add(k, "scale-1000-three", new double[][] {{1, 0, 0}, {0, 2, 0}, {0, 0, 3}}, new double[][] {{4, 0, 0}, {0, 5, 0}, {0, 0, 6}}, 1000);
        add(k, "asymmetric-batch", new double[][] {{1, 0}, {1, 0}}, new double[][] {{1, 0}, {0, 1}}, 1);
        add(k, "asymmetric-three", new double[][] {{1, 0}, {1, 1}, {1, 2}}, new double[][] {{1, 0}, {0, 1}, {-1, 0}}, 2);
        add(k, "unnormalised-lengths", new double[][] {{2, 0}, {0, 1}}, new double[][] {{1, 0}, {0, 1}}, 1);
        add(k, "unnormalised-large", new double[][] {{100, 0}, {0, 0.5}}, new double[][] {{0.5, 0.5}, {-100, 100}}, 10);
        add(k, "identical-rows", new double[][] {{1, 2}, {1, 2}, {1, 2}, {1, 2}}, new double[][] {{3, 1}, {3, 1}, {3, 1}, {3, 1}}, 50);
        add(k, "opposites", new double[][] {{1, 1}, {-1, -1}}, new double[][] {{-1, -1}, {1, 1}}, 100);
        add(k, "large-scale-close", near(r, rand(r, 16, 8, 10, 2), 1), rand(r, 16, 8, 10, 2), 1000);
        TestWriter.Group q = out.group("03-random.json");
        int[][] shapes = {{2, 2}, {3, 5}, {8, 4}, {16, 16}, {32, 64}, {64, 8}, {100, 128}, {256, 16}};
        double[] scales = {1, 7.5, 100, 1000};
        for (int[] s : shapes) {
            for (double scale : scales) {
                double[][] x = rand(r, s[0], s[1], 100, 2);
                add(q, "random-" + s[0] + "x" + s[1] + "-scale-" + (int) scale, x,
                        r.nextBoolean() ? near(r, x, 30) : rand(r, s[0], s[1], 100, 2), scale);
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

    static void add(TestWriter.Group g, String name, double[][] img, double[][] txt, double scale) {
        int n = img.length, d = img[0].length;
        if (n < 1 || n > 256 || d < 1 || d > 128 || txt.length != n || !(scale >= 1 && scale <= 1000)) {
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
        double expected = reference(img, txt, scale);
        double other = independent(img, txt, scale);
        if (!(Math.abs(expected - other) <= 1e-9)) {
            throw new IllegalStateException(name + ": " + expected + " vs " + other);
        }
        g.add(name, expected, img, txt, scale);
    }

    static double reference(double[][] imageEmb, double[][] textEmb, double logitScale) {
        int n = imageEmb.length;
        double[][] u = normalised(imageEmb), v = normalised(textEmb);
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int k = 0; k < u[i].length; k++) {
                    dot += u[i][k] * v[j][k];
                }
                z[i][j] = logitScale * dot;
            }
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            double rowMax = Double.NEGATIVE_INFINITY, colMax = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                rowMax = Math.max(rowMax, z[i][j]);
                colMax = Math.max(colMax, z[j][i]);
            }
            double rowSum = 0, colSum = 0;
            for (int j = 0; j < n; j++) {
                rowSum += Math.exp(z[i][j] - rowMax);
                colSum += Math.exp(z[j][i] - colMax);
            }
            total += (rowMax + Math.log(rowSum) - z[i][i]) + (colMax + Math.log(colSum) - z[i][i]);
        }
        return total / (2.0 * n);
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

    static double independent(double[][] imageEmb, double[][] textEmb, double logitScale) {
        int n = imageEmb.length, d = imageEmb[0].length;
        double[][] u = unit(imageEmb), v = unit(textEmb);
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int k = d - 1; k >= 0; k--) {
                    dot += u[i][k] * v[j][k];
                }
                z[i][j] = dot * logitScale;
            }
        }
        double rows = 0, cols = 0;
        for (int i = 0; i < n; i++) {
            double mr = Double.NEGATIVE_INFINITY, mc = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                mr = Math.max(mr, z[i][j] - z[i][i]);
                mc = Math.max(mc, z[j][i] - z[i][i]);
            }
            double sr = 0, sc = 0;
            for (int j = 0; j < n; j++) {
                sr += Math.exp(z[i][j] - z[i][i] - mr);
                sc += Math.exp(z[j][i] - z[i][i] - mc);
            }
            rows += mr + Math.log(sr);
            cols += mc + Math.log(sc);
        }
        return (rows / n + cols / n) / 2;
    }

    static double[][] unit(double[][] x) {
        double[][] out = new double[x.length][x[0].length];
        for (int i = 0; i < x.length; i++) {
            double norm = 0;
            for (double a : x[i]) {
                norm = Math.hypot(norm, a);
            }
            for (int k = 0; k < x[i].length; k++) {
                out[i][k] = x[i][k] / norm;
            }
        }
        return out;
    }
}
