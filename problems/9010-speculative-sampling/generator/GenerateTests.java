/*
 * Writes the hidden tests of 9010. Speculative Sampling with Given Randomness: tests/hidden/*.json.
 *
 *     java -cp target/classes problems/9010-speculative-sampling/generator/GenerateTests.java \
 *         problems/9010-speculative-sampling
 *
 * Deterministic. Each answer is this program's copy of the reference (long arithmetic), checked against
 * an independent BigInteger implementation. Every input is checked against the constraints and the
 * validator's rules (positive row sums, drafted tokens with positive draft weight).
 *
 *   01-boundaries.json  gamma = 1 with V = 1 (p = q: always accepted, then the bonus), uniforms 0 and
 *                       999999, weights 0 and 1000, gamma = 100 with V = 1000.
 *   02-tricky.json      exact ties u = p / q (must reject; doubles accept 0.95 < 0.5 / (10/19)), a
 *                       rejection whose residual differs from p, a residual that needs max(0, .), all
 *                       accepted (the bonus token), a rejection at the last drafted token, u exactly at a
 *                       cumulative boundary of a draw (the smallest j with cum > u * total).
 *   03-random.json      random rounds: drafts close to the target (most accepted) and unrelated ones
 *                       (early rejections), many zero weights, ties planted where u * Q * SP can equal
 *                       10^6 * P * SQ.
 *   04-max.json         gamma = 100, V = 1000.
 */

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.*;
import judge.authoring.TestWriter;

public class GenerateTests {
    public static void main(String[] args) throws Exception {
        TestWriter out = new TestWriter(Path.of(args[0]), "target", "draft", "tokens", "uniforms");
        Random r = new Random(9010);
        TestWriter.Group b = out.group("01-boundaries.json");
        add(b, "one-token-vocabulary", new int[][] {{5}, {3}}, new int[][] {{2}}, new int[] {0}, new int[] {999999, 999999});
        add(b, "uniform-zero-accepts", new int[][] {{1, 1000}, {0, 1000}}, new int[][] {{1000, 1}}, new int[] {0}, new int[] {0, 0});
        add(b, "uniform-max-rejects", new int[][] {{999, 1000}, {1000, 0}}, new int[][] {{1000, 1}}, new int[] {0}, new int[] {999999, 999999});
        add(b, "max-gamma-max-vocabulary", rows(r, 101, 1000, 1000, 0.3), rowsNear(r, null, 100, 1000), null, null);
        TestWriter.Group t = out.group("02-tricky.json");
        add(t, "double-ratio-tie", new int[][] {{1, 1}, {1, 1}}, new int[][] {{10, 9}}, new int[] {0}, new int[] {950000, 0});
        add(t, "tie-rejects", new int[][] {{1, 3}, {1, 1}}, new int[][] {{2, 2}}, new int[] {0}, new int[] {500000, 0});
        add(t, "tie-rejects-second", new int[][] {{1, 1}, {1, 3}, {1, 1}}, new int[][] {{1, 1}, {2, 2}}, new int[] {1, 0}, new int[] {0, 500000, 999999});
        add(t, "just-below-tie-accepts", new int[][] {{1, 3}, {1, 1}}, new int[][] {{2, 2}}, new int[] {0}, new int[] {499999, 0});
        add(t, "reject-first-residual", new int[][] {{1, 1, 2}, {3, 1, 0}, {0, 1, 1}}, new int[][] {{2, 1, 1}, {1, 1, 2}}, new int[] {2, 2}, new int[] {0, 0, 999999});
        add(t, "residual-needs-clamp", new int[][] {{2, 0, 1, 1}, {1, 1, 1, 1}}, new int[][] {{1, 2, 1, 0}}, new int[] {1}, new int[] {0, 900000});
        add(t, "all-accepted-bonus", new int[][] {{1, 1, 2}, {3, 1, 0}, {0, 1, 1}}, new int[][] {{2, 1, 1}, {1, 1, 2}}, new int[] {2, 0}, new int[] {999999, 500000, 600000});
        add(t, "all-accepted-bonus-first", new int[][] {{5, 5}, {5, 5}, {7, 0}}, new int[][] {{5, 5}, {1, 9}}, new int[] {0, 0}, new int[] {999999, 3, 999999});
        add(t, "draw-at-boundary", new int[][] {{0, 1}, {1, 1, }}, new int[][] {{1, 1}}, new int[] {0}, new int[] {0, 500000});
        add(t, "bonus-at-boundary", new int[][] {{1, 1}, {1, 3}}, new int[][] {{1, 1}}, new int[] {1}, new int[] {0, 250000});
        add(t, "reject-last", new int[][] {{1, 1}, {1, 1}, {0, 1}, {1, 0}}, new int[][] {{1, 1}, {1, 1}, {1, 1}}, new int[] {0, 1, 0}, new int[] {1, 2, 3, 700000});
        TestWriter.Group q = out.group("03-random.json");
        for (int i = 0; i < 40; i++) {
            int gamma = 1 + r.nextInt(i < 30 ? 6 : 40);
            int v = 1 + r.nextInt(i < 20 ? 5 : 300);
            int[][] target = rows(r, gamma + 1, v, i % 3 == 0 ? 3 : 1000, 0.3);
            int[][] draft = i % 2 == 0 ? rowsNear(r, target, gamma, v) : rows(r, gamma, v, i % 3 == 0 ? 3 : 1000, 0.3);
            add(q, "random-" + i, target, draft, null, null);
        }
        TestWriter.Group m = out.group("04-max.json");
        int[][] target = rows(r, 101, 1000, 1000, 0.1);
        add(m, "max-draft-near-target", target, rowsNear(r, target, 100, 1000), null, null);
        out.write();
    }

    static Random tokenRandom = new Random(1);

    /** Rows of weights 0..max, a share of them 0, each row with a positive sum. */
    static int[][] rows(Random r, int n, int v, int max, double zeros) {
        int[][] a = new int[n][v];
        for (int[] row : a) {
            for (int j = 0; j < v; j++) {
                row[j] = r.nextDouble() < zeros ? 0 : r.nextInt(max + 1);
            }
            if (Arrays.stream(row).sum() == 0) {
                row[r.nextInt(v)] = 1 + r.nextInt(max);
            }
        }
        return a;
    }

    /** Draft rows near the target's (or random when target is null): a good draft model. */
    static int[][] rowsNear(Random r, int[][] target, int gamma, int v) {
        if (target == null) {
            return rows(r, gamma, v, 1000, 0.3);
        }
        int[][] a = new int[gamma][v];
        for (int k = 0; k < gamma; k++) {
            for (int j = 0; j < v; j++) {
                a[k][j] = Math.max(0, Math.min(1000, target[k][j] + r.nextInt(201) - 100));
            }
            if (Arrays.stream(a[k]).sum() == 0) {
                a[k][r.nextInt(v)] = 1;
            }
        }
        return a;
    }

    /** Draws the tokens from the draft rows and the uniforms when not given. */
    static void add(TestWriter.Group g, String name, int[][] target, int[][] draft, int[] tokens, int[] uniforms) {
        Random r = new Random(name.hashCode());
        int gamma = draft.length;
        if (tokens == null) {
            tokens = new int[gamma];
            for (int k = 0; k < gamma; k++) {
                long[] w = Arrays.stream(draft[k]).asLongStream().toArray();
                tokens[k] = draw(w, r.nextInt(1_000_000));
            }
            uniforms = new int[gamma + 1];
            for (int k = 0; k <= gamma; k++) {
                uniforms[k] = r.nextInt(1_000_000);
            }
        }
        int v = target[0].length;
        if (target.length < 2 || target.length > 101 || target.length != gamma + 1 || tokens.length != gamma
                || uniforms.length != gamma + 1 || v < 1 || v > 1000) {
            throw new IllegalStateException(name + ": shapes");
        }
        for (int[][] m : new int[][][] {target, draft}) {
            for (int[] row : m) {
                if (row.length != v || Arrays.stream(row).sum() <= 0 || Arrays.stream(row).anyMatch(w -> w < 0 || w > 1000)) {
                    throw new IllegalStateException(name + ": a row");
                }
            }
        }
        for (int k = 0; k < gamma; k++) {
            if (tokens[k] < 0 || tokens[k] >= v || draft[k][tokens[k]] == 0) {
                throw new IllegalStateException(name + ": token " + k);
            }
        }
        for (int u : uniforms) {
            if (u < 0 || u > 999999) {
                throw new IllegalStateException(name + ": uniform " + u);
            }
        }
        int[] expected = reference(target, draft, tokens, uniforms);
        if (!Arrays.equals(expected, exact(target, draft, tokens, uniforms))) {
            throw new IllegalStateException(name + ": BigInteger disagrees");
        }
        g.add(name, expected, target, draft, tokens, uniforms);
    }

    static int[] reference(int[][] target, int[][] draft, int[] tokens, int[] uniforms) {
        int gamma = tokens.length;
        int[] out = new int[gamma + 1];
        for (int k = 0; k < gamma; k++) {
            int x = tokens[k];
            long sp = Arrays.stream(target[k]).asLongStream().sum(), sq = Arrays.stream(draft[k]).asLongStream().sum();
            if ((long) uniforms[k] * draft[k][x] * sp < 1_000_000L * target[k][x] * sq) {
                out[k] = x;
                continue;
            }
            long[] residual = new long[target[k].length];
            for (int j = 0; j < residual.length; j++) {
                residual[j] = Math.max(0, target[k][j] * sq - draft[k][j] * sp);
            }
            out[k] = draw(residual, uniforms[gamma]);
            return Arrays.copyOf(out, k + 1);
        }
        out[gamma] = draw(Arrays.stream(target[gamma]).asLongStream().toArray(), uniforms[gamma]);
        return out;
    }

    static int draw(long[] w, int u) {
        long total = 0;
        for (long x : w) {
            total += x;
        }
        long c = 0;
        for (int j = 0; j < w.length; j++) {
            c += w[j];
            if (c * 1_000_000L > u * total) {
                return j;
            }
        }
        throw new IllegalStateException("u >= 1");
    }

    static int[] exact(int[][] target, int[][] draft, int[] tokens, int[] uniforms) {
        int g = tokens.length;
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < g; k++) {
            int x = tokens[k];
            BigInteger sp = BigInteger.valueOf(Arrays.stream(target[k]).sum());
            BigInteger sq = BigInteger.valueOf(Arrays.stream(draft[k]).sum());
            // u < p / q  <=>  (U / 10^6) * (Q / SQ) < P / SP
            BigInteger lhs = BigInteger.valueOf(uniforms[k]).multiply(BigInteger.valueOf(draft[k][x])).multiply(sp);
            BigInteger rhs = BigInteger.valueOf(1_000_000).multiply(BigInteger.valueOf(target[k][x])).multiply(sq);
            if (lhs.compareTo(rhs) < 0) {
                out.add(x);
                continue;
            }
            BigInteger[] res = new BigInteger[target[k].length];
            for (int j = 0; j < res.length; j++) {
                BigInteger d = BigInteger.valueOf(target[k][j]).multiply(sq).subtract(BigInteger.valueOf(draft[k][j]).multiply(sp));
                res[j] = d.max(BigInteger.ZERO);
            }
            out.add(drawExact(res, uniforms[g]));
            return out.stream().mapToInt(Integer::intValue).toArray();
        }
        BigInteger[] w = Arrays.stream(target[g]).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new);
        out.add(drawExact(w, uniforms[g]));
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static int drawExact(BigInteger[] w, int u) {
        BigInteger total = Arrays.stream(w).reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger c = BigInteger.ZERO;
        for (int j = 0; j < w.length; j++) {
            c = c.add(w[j]);
            if (c.multiply(BigInteger.valueOf(1_000_000)).compareTo(total.multiply(BigInteger.valueOf(u))) > 0) {
                return j;
            }
        }
        throw new IllegalStateException();
    }
}
