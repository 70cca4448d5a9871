/*
 * Writes the hidden tests of 9009. Medusa Typical Acceptance: tests/hidden/*.json.
 *
 *     java -cp target/classes problems/9009-medusa-typical-acceptance/generator/GenerateTests.java \
 *         problems/9009-medusa-typical-acceptance
 *
 * Deterministic. Each answer is this program's copy of the reference (log space), checked against an
 * independent one (linear-space probabilities, zero terms of the entropy skipped); every decision up to
 * the first rejection has a margin |ln p - ln threshold| >= 1e-9 (checked here, as the validator does).
 *
 *   01-boundaries.json  one position; rows of 2 and 1000 logits; 1000 positions; 2 * 10^5 logits in all;
 *                       logits at -1000 and 1000; epsilon and delta at 1 and near 0; draft indices 0 and 999.
 *   02-tricky.json      probabilities that underflow to 0 (0 * log 0 must be 0, not NaN, whichever side of
 *                       a min it lands on), logits of 1000
 *                       (the softmax needs its shift), entropy in nats, not bits, stopping at the first
 *                       rejection, epsilon or delta * exp(-H) as the smaller threshold.
 *   03-random.json      drafts from peaked and flat distributions, Medusa's default epsilon 0.09 and
 *                       delta 0.3 and others.
 */

import java.nio.file.Path;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {
    public static void main(String[] args) throws Exception {
        TestWriter out = new TestWriter(Path.of(args[0]), "logits", "draft", "epsilon", "delta");
        Random r = new Random(9009);
        TestWriter.Group b = out.group("01-boundaries.json");
        add(b, "one-position", new double[][] {{5, -5}}, new int[] {0}, 1, 1);
        add(b, "tiny-thresholds", new double[][] {{0, 5}, {1, 2}}, new int[] {0, 0}, 1e-9, 1e-9);
        double[][] wide = peaked(r, 3, 1000, 8);
        add(b, "rows-of-1000", wide, new int[] {argmax(wide[0]), 999, 0}, 0.09, 0.3);
        add(b, "max-positions", peaked(r, 1000, 2, 3), null, 0.09, 0.3);
        add(b, "max-logits", peaked(r, 200, 1000, 12), null, 0.09, 0.3);
        TestWriter.Group t = out.group("02-tricky.json");
        add(t, "underflowed-probability", new double[][] {{0, -1000}}, new int[] {0}, 0.09, 0.3);
        add(t, "underflow-in-later-row", new double[][] {{5, 0}, {-1000, 0, 1}}, new int[] {0, 2}, 0.09, 0.3);
        // A NaN entropy (0 * log 0) makes delta * exp(-H) NaN; min(epsilon, NaN) is then epsilon in C++'s
        // std::min and 0.9 here rejects a token the true threshold 0.15 accepts.
        add(t, "underflow-with-large-epsilon", new double[][] {{0, 0, -1000}}, new int[] {0}, 0.9, 0.3);
        add(t, "overflow-1000", new double[][] {{1000, 999}}, new int[] {0}, 0.09, 0.3);
        add(t, "entropy-in-nats", new double[][] {{Math.log(0.15), Math.log(0.85)}}, new int[] {0}, 0.5, 0.25);
        add(t, "stop-at-first-rejection", new double[][] {{0, 1}, {5, 0}}, new int[] {0, 0}, 0.9, 0.9);
        add(t, "reject-in-middle", new double[][] {{3, 0}, {0, 3}, {3, 0}, {3, 0}}, new int[] {0, 0, 0, 0}, 0.09, 0.3);
        add(t, "epsilon-is-smaller", new double[][] {{0, 0, 0, 0, 0, 0, 0, 0, 0, 0}}, new int[] {3}, 0.05, 1);
        add(t, "delta-term-is-smaller", new double[][] {{0, 0, 0, 0}}, new int[] {1}, 1, 0.5);
        add(t, "example-thresholds", new double[][] {{2, 1, 0}, {0, 0, 0, 0}, {-1000, 1000}}, new int[] {0, 3, 1}, 0.09, 0.3);
        TestWriter.Group q = out.group("03-random.json");
        for (int i = 0; i < 40; i++) {
            int n = 1 + r.nextInt(i < 20 ? 6 : 200);
            int v = 2 + r.nextInt(i < 10 ? 4 : 300);
            double eps = i % 2 == 0 ? 0.09 : Math.round(r.nextDouble() * 1000) / 1000.0 + 0.001;
            double del = i % 2 == 0 ? 0.3 : Math.round(r.nextDouble() * 1000) / 1000.0 + 0.001;
            add(q, "random-" + i, peaked(r, n, v, i % 3 == 0 ? 0.5 : 6), null, Math.min(1, eps), Math.min(1, del));
        }
        out.write();
    }

    static int argmax(double[] z) {
        int best = 0;
        for (int j = 1; j < z.length; j++) {
            if (z[j] > z[best]) {
                best = j;
            }
        }
        return best;
    }

    /** Logits with one Gaussian spread: a small spread gives flat rows, a large one peaked rows. */
    static double[][] peaked(Random r, int n, int v, double spread) {
        double[][] z = new double[n][v];
        for (double[] row : z) {
            for (int j = 0; j < v; j++) {
                row[j] = Math.max(-1000, Math.min(1000, Math.round(r.nextGaussian() * spread * 100) / 100.0));
            }
        }
        return z;
    }

    static void add(TestWriter.Group g, String name, double[][] logits, int[] draft, double eps, double del) {
        Random r = new Random(name.hashCode());
        if (draft == null) {
            // Draft the model's own likely tokens, so that runs of acceptances happen.
            draft = new int[logits.length];
            for (int k = 0; k < draft.length; k++) {
                draft[k] = r.nextInt(4) == 0 ? r.nextInt(logits[k].length) : argmax(logits[k]);
            }
        }
        long total = 0;
        if (logits.length < 1 || logits.length > 1000 || draft.length != logits.length || !(eps > 0 && eps <= 1)
                || !(del > 0 && del <= 1)) {
            throw new IllegalStateException(name + ": outside the constraints");
        }
        for (int k = 0; k < logits.length; k++) {
            total += logits[k].length;
            if (logits[k].length < 2 || logits[k].length > 1000 || draft[k] < 0 || draft[k] >= logits[k].length) {
                throw new IllegalStateException(name + ": row " + k);
            }
            for (double x : logits[k]) {
                if (!(Math.abs(x) <= 1000)) {
                    throw new IllegalStateException(name + ": logit " + x);
                }
            }
        }
        if (total > 200000) {
            throw new IllegalStateException(name + ": " + total + " logits");
        }
        int expected = reference(logits, draft, eps, del, true);
        if (expected != linear(logits, draft, eps, del)) {
            throw new IllegalStateException(name + ": linear space disagrees");
        }
        g.add(name, expected, logits, draft, eps, del);
    }

    static int reference(double[][] logits, int[] draft, double epsilon, double delta, boolean checkMargin) {
        for (int k = 0; k < logits.length; k++) {
            double[] z = logits[k];
            double max = Double.NEGATIVE_INFINITY;
            for (double x : z) {
                max = Math.max(max, x);
            }
            double s = 0;
            for (double x : z) {
                s += Math.exp(x - max);
            }
            double lse = max + Math.log(s);
            double entropy = 0;
            for (double x : z) {
                entropy -= Math.exp(x - lse) * (x - lse);
            }
            double threshold = Math.min(Math.log(epsilon), Math.log(delta) - entropy);
            double margin = z[draft[k]] - lse - threshold;
            if (checkMargin && Math.abs(margin) < 1e-9) {
                throw new IllegalStateException("a decision too close to call at " + k + ": " + margin);
            }
            if (!(margin > 0)) {
                return k;
            }
        }
        return logits.length;
    }

    static int linear(double[][] logits, int[] draft, double epsilon, double delta) {
        int accepted = 0;
        for (int k = 0; k < logits.length; k++) {
            double[] z = logits[k];
            double max = Double.NEGATIVE_INFINITY;
            for (double x : z) {
                max = Math.max(max, x);
            }
            double sum = 0;
            double[] p = new double[z.length];
            for (int j = 0; j < z.length; j++) {
                p[j] = Math.exp(z[j] - max);
                sum += p[j];
            }
            double h = 0;
            for (int j = 0; j < z.length; j++) {
                p[j] /= sum;
                if (p[j] > 0) {
                    h -= p[j] * Math.log(p[j]);
                }
            }
            if (p[draft[k]] > Math.min(epsilon, delta * Math.exp(-h))) {
                accepted++;
            } else {
                break;
            }
        }
        return accepted;
    }
}
