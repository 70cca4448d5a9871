/*
 * Writes the hidden tests of 9011. Multi-Token Prediction Loss: tests/hidden/*.json.
 *
 *     java -cp target/classes problems/9011-multi-token-prediction-loss/generator/GenerateTests.java \
 *         problems/9011-multi-token-prediction-loss
 *
 * Deterministic. Each answer is this program's copy of the reference, checked against an independent
 * computation (positions outermost, per-head sums and counts, log-sum-exp around the target's logit)
 * within 1e-9 absolute or relative (measured about 5e-14). Logits are whole numbers or two decimals.
 *
 *   01-boundaries.json  T = 1 (no head has a target: 0), T = 500 with H = 4 and V = 100 (2 * 10^5
 *                       logits, the most), T = 512, H = 1, V = 2 and V = 100, logits at -1000 and
 *                       1000, tokens 0 and 99.
 *   02-tricky.json      heads without targets (T <= H), each head averaged over its own count (not T),
 *                       the target index t + h + 1, logits of 1000 (exp overflows without a shift).
 *   03-random.json      random shapes and logits, some sharply peaked at the right token.
 */

import java.nio.file.Path;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {
    public static void main(String[] args) throws Exception {
        TestWriter out = new TestWriter(Path.of(args[0]), "logits", "tokens");
        Random r = new Random(9011);
        TestWriter.Group b = out.group("01-boundaries.json");
        add(b, "one-position", new double[][][] {{{1000, -1000}}}, new int[] {1});
        add(b, "one-position-four-heads", random(r, 1, 4, 3, 10, 0), new int[] {2});
        double[][][] big = random(r, 500, 4, 100, 1000, 0);
        big[0][0][0] = -1000;
        big[1][1][1] = 1000;
        int[] bigTokens = tokens(r, 500, 100);
        bigTokens[0] = 0;
        bigTokens[1] = 99;
        add(b, "max-logits", big, bigTokens);
        add(b, "max-positions-one-head", random(r, 512, 1, 2, 1000, 1), tokens(r, 512, 2));
        add(b, "vocabulary-100", random(r, 20, 2, 100, 50, 2), tokens(r, 20, 100));
        TestWriter.Group t = out.group("02-tricky.json");
        add(t, "example-shape", new double[][][] {{{2, 0}, {0, 3}}, {{1, 1}, {0, 0}}, {{0, 0}, {0, 0}}}, new int[] {0, 0, 1});
        add(t, "all-zero-three-by-two", new double[3][2][2], new int[] {0, 1, 1});
        add(t, "heads-without-targets", random(r, 2, 4, 3, 5, 0), new int[] {1, 2});
        add(t, "three-positions-four-heads", random(r, 3, 4, 2, 5, 0), new int[] {0, 1, 0});
        add(t, "overflow-1000", new double[][][] {{{1000, 0}}, {{0, 1000}}}, new int[] {0, 0});
        add(t, "overflow-wrong-token", new double[][][] {{{1000, -1000, 999}}, {{0, 0, 0}}}, new int[] {0, 2});
        add(t, "counts-differ", random(r, 5, 4, 4, 3, 1), new int[] {3, 2, 1, 0, 3});
        TestWriter.Group q = out.group("03-random.json");
        for (int i = 0; i < 30; i++) {
            int len = 1 + r.nextInt(i < 15 ? 8 : 300);
            int h = 1 + r.nextInt(4);
            int v = 2 + r.nextInt(i < 10 ? 4 : 99);
            while ((long) len * h * v > 200000) {
                len /= 2;
            }
            double[][][] z = random(r, len, h, v, i % 3 == 0 ? 1000 : 10, 2);
            int[] tok = tokens(r, len, v);
            if (i % 4 == 1) {
                for (int p = 0; p < len; p++) {
                    for (int k = 0; k < h && p + k + 1 < len; k++) {
                        z[p][k][tok[p + k + 1]] = 30; // a confident, correct head
                    }
                }
            }
            add(q, "random-" + i, z, tok);
        }
        out.write();
    }

    static double[][][] random(Random r, int t, int h, int v, double bound, int decimals) {
        double f = Math.pow(10, decimals);
        double[][][] z = new double[t][h][v];
        for (double[][] a : z) {
            for (double[] row : a) {
                for (int j = 0; j < v; j++) {
                    row[j] = Math.round((r.nextDouble() * 2 - 1) * bound * f) / f;
                }
            }
        }
        return z;
    }

    static int[] tokens(Random r, int t, int v) {
        int[] a = new int[t];
        for (int i = 0; i < t; i++) {
            a[i] = r.nextInt(v);
        }
        return a;
    }

    static void add(TestWriter.Group g, String name, double[][][] logits, int[] tokens) {
        int t = logits.length, h = logits[0].length, v = logits[0][0].length;
        if (t < 1 || t > 512 || h < 1 || h > 4 || v < 2 || v > 100 || tokens.length != t || (long) t * h * v > 200000) {
            throw new IllegalStateException(name + ": shapes");
        }
        for (double[][] a : logits) {
            if (a.length != h) {
                throw new IllegalStateException(name + ": not rectangular");
            }
            for (double[] row : a) {
                if (row.length != v) {
                    throw new IllegalStateException(name + ": not rectangular");
                }
                for (double x : row) {
                    if (!(Math.abs(x) <= 1000)) {
                        throw new IllegalStateException(name + ": logit " + x);
                    }
                }
            }
        }
        for (int tok : tokens) {
            if (tok < 0 || tok >= v) {
                throw new IllegalStateException(name + ": token " + tok);
            }
        }
        double e = reference(logits, tokens), o = pooled(logits, tokens);
        if (!(Math.abs(e - o) <= 1e-9 || Math.abs(e - o) <= 1e-9 * Math.abs(e))) {
            throw new IllegalStateException(name + ": " + e + " vs " + o);
        }
        g.add(name, e, logits, tokens);
    }

    static double reference(double[][][] logits, int[] tokens) {
        int t = logits.length, heads = logits[0].length;
        double total = 0;
        for (int h = 0; h < heads; h++) {
            int targets = t - h - 1;
            if (targets <= 0) {
                continue;
            }
            double sum = 0;
            for (int i = 0; i < targets; i++) {
                double[] z = logits[i][h];
                double max = Double.NEGATIVE_INFINITY;
                for (double x : z) {
                    max = Math.max(max, x);
                }
                double s = 0;
                for (double x : z) {
                    s += Math.exp(x - max);
                }
                sum += max + Math.log(s) - z[tokens[i + h + 1]];
            }
            total += sum / targets;
        }
        return total;
    }

    static double pooled(double[][][] logits, int[] tokens) {
        int t = logits.length, heads = logits[0].length;
        double[] sum = new double[heads];
        int[] count = new int[heads];
        for (int pos = 0; pos < t; pos++) {
            for (int h = 0; h < heads && pos + h + 1 < t; h++) {
                double[] z = logits[pos][h];
                double target = z[tokens[pos + h + 1]];
                double max = Double.NEGATIVE_INFINITY;
                for (double x : z) {
                    max = Math.max(max, x - target);
                }
                double s = 0;
                for (double x : z) {
                    s += Math.exp(x - target - max);
                }
                sum[h] += max + Math.log(s);
                count[h]++;
            }
        }
        double loss = 0;
        for (int h = 0; h < heads; h++) {
            if (count[h] > 0) {
                loss += sum[h] / count[h];
            }
        }
        return loss;
    }
}
