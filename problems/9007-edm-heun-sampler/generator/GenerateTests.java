/*
 * Writes the hidden tests of 9007. EDM Heun Sampler on Gaussian Data: tests/hidden/*.json.
 *
 *     java -cp target/classes problems/9007-edm-heun-sampler/generator/GenerateTests.java \
 *         problems/9007-edm-heun-sampler
 *
 * Deterministic. Each answer is this program's copy of the reference (step by step), checked against an
 * independent computation (the product of the per-step factors by which x - mu is multiplied, since the
 * denoiser is affine) within 1e-8 absolute or relative (measured about 1.5e-10), a hundred times inside
 * the checker's 1e-6.
 *
 *   01-boundaries.json  one step (a single Euler step to sigma = 0: the denoiser's output), 1000 steps,
 *                       sigmaMax 1 and 100, mu at -100 and 100, s = 0 (the data are a point: mu exactly)
 *                       and s = 100, noise at -5 and 5, 1000 noise values.
 *   02-tricky.json      EDM's own settings (sigmaMax 80, 18 steps: the sampler is not the exact ODE
 *                       solution), few steps where Euler and Heun differ most, the corrector's level,
 *                       unscaled noise.
 *   03-random.json      random settings and noise.
 */

import java.nio.file.Path;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {
    public static void main(String[] args) throws Exception {
        TestWriter out = new TestWriter(Path.of(args[0]), "noise", "steps", "sigmaMax", "mu", "s");
        Random r = new Random(9007);
        TestWriter.Group b = out.group("01-boundaries.json");
        add(b, "one-step", new double[] {1, -2}, 1, 80, 3, 4);
        add(b, "max-steps", new double[] {-5, 5, 0.25}, 1000, 100, -100, 100);
        add(b, "sigma-max-1", new double[] {5, -5}, 7, 1, 100, 0.5);
        add(b, "point-data", new double[] {0.7, -3}, 18, 80, 5, 0);
        add(b, "wide-data", new double[] {2}, 10, 1, 0, 100);
        add(b, "max-noise-values", noise(r, 1000), 1000, 80, 0.5, 1.5);
        TestWriter.Group t = out.group("02-tricky.json");
        add(t, "four-steps", new double[] {0.5, -1.25}, 4, 80, 1, 2);
        add(t, "eighteen-steps-edm", new double[] {0.5}, 18, 80, 1, 2);
        add(t, "two-steps", new double[] {1, -1, 3}, 2, 80, 0, 1);
        add(t, "three-steps-narrow", new double[] {2.5}, 3, 10, -7, 0.01);
        add(t, "mu-far-from-zero", new double[] {0.1, -0.1}, 32, 80, 100, 3);
        TestWriter.Group q = out.group("03-random.json");
        for (int i = 0; i < 30; i++) {
            int steps = 1 + r.nextInt(i < 15 ? 20 : 1000);
            double sigmaMax = Math.round((1 + 99 * r.nextDouble()) * 100) / 100.0;
            double mu = Math.round((r.nextDouble() * 200 - 100) * 100) / 100.0;
            double s = i % 5 == 0 ? 0 : Math.round(Math.exp(Math.log(0.01) + r.nextDouble() * Math.log(10000)) * 1000) / 1000.0;
            add(q, "random-" + i, noise(r, 1 + r.nextInt(i < 20 ? 10 : 300)), steps, sigmaMax, mu, Math.min(100, s));
        }
        out.write();
    }

    static double[] noise(Random r, int n) {
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = Math.max(-5, Math.min(5, Math.round(r.nextGaussian() * 10000) / 10000.0));
        }
        return z;
    }

    static void add(TestWriter.Group g, String name, double[] noise, int steps, double sigmaMax, double mu, double s) {
        if (noise.length < 1 || noise.length > 1000 || steps < 1 || steps > 1000 || !(sigmaMax >= 1 && sigmaMax <= 100)
                || !(Math.abs(mu) <= 100) || !(s >= 0 && s <= 100)) {
            throw new IllegalStateException(name + ": outside the constraints");
        }
        for (double z : noise) {
            if (!(Math.abs(z) <= 5)) {
                throw new IllegalStateException(name + ": noise " + z);
            }
        }
        double[] e = reference(noise, steps, sigmaMax, mu, s);
        double[] o = factors(noise, steps, sigmaMax, mu, s);
        for (int i = 0; i < e.length; i++) {
            double d = Math.abs(e[i] - o[i]);
            if (!(d <= 1e-8 || d <= 1e-8 * Math.abs(e[i]))) {
                throw new IllegalStateException(name + ": " + e[i] + " vs " + o[i]);
            }
        }
        g.add(name, e, noise, steps, sigmaMax, mu, s);
    }

    static double[] schedule(int steps, double sigmaMax) {
        double[] sigma = new double[steps + 1];
        double hi = Math.pow(sigmaMax, 1 / 7.0), lo = Math.pow(0.002, 1 / 7.0);
        for (int i = 0; i < steps; i++) {
            double t = steps == 1 ? 0 : (double) i / (steps - 1);
            sigma[i] = Math.pow(hi + t * (lo - hi), 7);
        }
        return sigma;
    }

    static double denoise(double x, double sigma, double mu, double s) {
        return mu + s * s / (s * s + sigma * sigma) * (x - mu);
    }

    static double[] reference(double[] noise, int steps, double sigmaMax, double mu, double s) {
        double[] sigma = schedule(steps, sigmaMax);
        double[] out = new double[noise.length];
        for (int k = 0; k < noise.length; k++) {
            double x = sigma[0] * noise[k];
            for (int i = 0; i < steps; i++) {
                double d = (x - denoise(x, sigma[i], mu, s)) / sigma[i];
                double next = x + (sigma[i + 1] - sigma[i]) * d;
                if (sigma[i + 1] != 0) {
                    double d2 = (next - denoise(next, sigma[i + 1], mu, s)) / sigma[i + 1];
                    next = x + (sigma[i + 1] - sigma[i]) * (d + d2) / 2;
                }
                x = next;
            }
            out[k] = x;
        }
        return out;
    }

    static double[] factors(double[] noise, int steps, double sigmaMax, double mu, double s) {
        double[] sig = schedule(steps, sigmaMax);
        double factor = 1;
        for (int i = 0; i < steps; i++) {
            double h = sig[i + 1] - sig[i];
            double a = sig[i] / (s * s + sig[i] * sig[i]);
            if (sig[i + 1] == 0) {
                factor *= 1 + h * a;
            } else {
                double b = sig[i + 1] / (s * s + sig[i + 1] * sig[i + 1]);
                factor *= 1 + h / 2 * (a + b * (1 + h * a));
            }
        }
        double[] out = new double[noise.length];
        for (int k = 0; k < noise.length; k++) {
            out[k] = mu + factor * (sig[0] * noise[k] - mu);
        }
        return out;
    }
}
