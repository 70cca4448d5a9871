/*
 * Writes the hidden tests of 9003. Dynamic Loss Scaling: tests/hidden/*.json.
 *
 *     java -cp target/classes problems/9003-dynamic-loss-scaling/generator/GenerateTests.java \
 *         problems/9003-dynamic-loss-scaling
 *
 * Deterministic. Each answer is this program's copy of the reference (|g * S| >= 65520), checked against
 * an independent one that rounds every scaled gradient to binary16 bit by bit (the rounding of 9002, from
 * the exact double product) and looks for Infinity.
 *
 *   01-boundaries.json  one step; initScaleLog2 0 and 24 (the cap 2^24 reached and held); growthInterval
 *                       1 and 10000; gradients at -10^6 and 10^6; rows of 1 and 1000 gradients; 10000
 *                       steps and 2 * 10^5 gradients in all.
 *   02-tricky.json      the threshold: 65504 (finite), 65504 < x < 65520 (finite), 65520 (a tie:
 *                       Infinity), 65519.99999999999 (finite, but Infinity through float), the same at
 *                       every scale (65520 / S), negative gradients; the count restarting after an
 *                       overflow; the floor at 1.
 *   03-random.json      random runs: gradients that mostly fit with occasional spikes, so that the scale
 *                       grows and backs off many times; thresholds planted at the current scale.
 *   04-max.json         10000 steps of 20 gradients, spikes near the threshold of the current scale.
 */

import java.nio.file.Path;
import java.util.*;
import judge.authoring.TestWriter;

public class GenerateTests {
    public static void main(String[] args) throws Exception {
        TestWriter out = new TestWriter(Path.of(args[0]), "grads", "initScaleLog2", "growthInterval");
        Random r = new Random(9003);
        TestWriter.Group b = out.group("01-boundaries.json");
        add(b, "one-step", new double[][] {{1}}, 0, 1);
        add(b, "cap-2-pow-24", repeat(new double[] {1e-6}, 40), 20, 1);
        add(b, "start-at-cap-overflow", new double[][] {{0.00390625}, {0.0039}, {1e-9}}, 24, 1);
        add(b, "interval-10000", repeat(new double[] {0.5}, 10000), 0, 10000);
        add(b, "gradient-bounds", new double[][] {{-1000000, 1000000}, {0.5}, {-0.5}}, 3, 1);
        double[] wide = new double[1000];
        for (int i = 0; i < wide.length; i++) {
            wide[i] = Math.round((r.nextDouble() * 2 - 1) * 1000) / 1000.0;
        }
        add(b, "row-of-1000", new double[][] {wide, wide, {1}}, 5, 1);
        add(b, "max-steps", random(r, 10000, 20, 24), 12, 7);
        TestWriter.Group t = out.group("02-tricky.json");
        add(t, "largest-half-65504", new double[][] {{65504}}, 0, 1);
        add(t, "between-65504-and-65520", new double[][] {{65510}}, 0, 1);
        add(t, "tie-65520", new double[][] {{65520}}, 0, 1);
        add(t, "negative-tie", new double[][] {{-65520}}, 0, 1);
        add(t, "double-rounding", new double[][] {{65519.99999999999}}, 0, 1);
        add(t, "just-below-tie", new double[][] {{Math.nextDown(65520.0)}}, 0, 1);
        add(t, "threshold-at-scale-16", new double[][] {{65520.0 / 65536}, {65504.0 / 65536}, {65519.0 / 65536}}, 16, 1);
        add(t, "double-rounding-at-scale-10", new double[][] {{65519.99999999999 / 1024}, {65520.0 / 2048}}, 10, 1);
        add(t, "example-thresholds", new double[][] {{65504}, {32760}, {65519.99}, {65520}}, 0, 1);
        add(t, "count-restarts", new double[][] {{1}, {100000}, {1}}, 0, 2);
        add(t, "count-restarts-longer", new double[][] {{1}, {1}, {100000}, {1}, {1}, {1}}, 2, 3);
        add(t, "floor-at-one", new double[][] {{100000}}, 0, 5);
        add(t, "floor-held", new double[][] {{100000}, {100000}, {1}, {100000}}, 1, 2);
        TestWriter.Group q = out.group("03-random.json");
        for (int i = 0; i < 30; i++) {
            int steps = 1 + r.nextInt(i < 15 ? 20 : 2000);
            add(q, "random-" + i, random(r, steps, 1 + r.nextInt(i < 20 ? 4 : 10), 1 + r.nextInt(24)), r.nextInt(25),
                    1 + r.nextInt(i % 2 == 0 ? 3 : 50));
        }
        TestWriter.Group m = out.group("04-max.json");
        add(m, "max-spikes-at-threshold", random(r, 10000, 20, 16), 16, 5);
        out.write();
    }

    static double[][] repeat(double[] row, int n) {
        double[][] a = new double[n][];
        Arrays.fill(a, row);
        return a;
    }

    /**
     * Gradients of modest size (up to 2^-log2 * 2^12) with spikes: some at the overflow threshold of a
     * plausible scale (65520 / 2^e, or one ulp below it), some huge.
     */
    static double[][] random(Random r, int steps, int width, int log2) {
        double[][] g = new double[steps][width];
        for (double[] row : g) {
            for (int i = 0; i < width; i++) {
                double u = r.nextDouble();
                if (u < 0.02) {
                    double t = Math.scalb(65520.0, -r.nextInt(25));
                    row[i] = r.nextBoolean() ? t : Math.nextDown(t);
                } else if (u < 0.025) {
                    row[i] = Math.round(r.nextDouble() * 1e6);
                } else {
                    row[i] = Math.round(Math.scalb(r.nextGaussian(), 12 - log2) * 1e4) / 1e4;
                }
                if (r.nextBoolean()) {
                    row[i] = -row[i];
                }
            }
        }
        return g;
    }

    static void add(TestWriter.Group g, String name, double[][] grads, int init, int interval) {
        long total = 0;
        if (grads.length < 1 || grads.length > 10000 || init < 0 || init > 24 || interval < 1 || interval > 10000) {
            throw new IllegalStateException(name + ": outside the constraints");
        }
        for (double[] row : grads) {
            total += row.length;
            if (row.length < 1 || row.length > 1000) {
                throw new IllegalStateException(name + ": a row of " + row.length);
            }
            for (double x : row) {
                if (!(Math.abs(x) <= 1e6)) {
                    throw new IllegalStateException(name + ": gradient " + x);
                }
            }
        }
        if (total > 200000) {
            throw new IllegalStateException(name + ": " + total + " gradients");
        }
        double[] expected = reference(grads, init, interval);
        if (!Arrays.equals(expected, viaHalfBits(grads, init, interval))) {
            throw new IllegalStateException(name + ": the half-rounding version disagrees");
        }
        g.add(name, expected, grads, init, interval);
    }

    static double[] reference(double[][] grads, int init, int interval) {
        double[] history = new double[grads.length];
        double scale = Math.scalb(1.0, init);
        int good = 0;
        for (int k = 0; k < grads.length; k++) {
            boolean overflow = false;
            for (double g : grads[k]) {
                overflow |= Math.abs(g * scale) >= 65520.0;
            }
            if (overflow) {
                scale = Math.max(1.0, scale / 2);
                good = 0;
            } else if (++good == interval) {
                scale = Math.min(0x1p24, scale * 2);
                good = 0;
            }
            history[k] = scale;
        }
        return history;
    }

    static double[] viaHalfBits(double[][] grads, int init, int interval) {
        double[] out = new double[grads.length];
        int log2 = init, run = 0;
        for (int k = 0; k < grads.length; k++) {
            boolean inf = false;
            for (double g : grads[k]) {
                inf |= (toHalf(Math.scalb(g, log2)) & 0x7FFF) == 0x7C00;
            }
            if (inf) {
                log2 = Math.max(0, log2 - 1);
                run = 0;
            } else if (++run == interval) {
                log2 = Math.min(24, log2 + 1);
                run = 0;
            }
            out[k] = Math.scalb(1.0, log2);
        }
        return out;
    }

    /** A finite double rounded once to binary16 (ties to even), as 9002 does for floats. */
    static int toHalf(double x) {
        int sign = x < 0 || (x == 0 && 1 / x < 0) ? 0x8000 : 0;
        double a = Math.abs(x);
        if (a >= 65520.0) {
            return sign | 0x7C00;
        }
        if (a < 0x1p-14) {
            return sign | (int) Math.rint(a * 0x1p24);
        }
        int e = Math.getExponent(a);
        return sign | (((e + 15) << 10) + (int) Math.rint(Math.scalb(a, 10 - e)) - 1024);
    }
}
