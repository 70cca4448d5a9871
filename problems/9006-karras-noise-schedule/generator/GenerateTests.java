/*
 * Writes the hidden tests of 9006. Karras Noise Schedule: tests/hidden/*.json.
 *
 *     java -cp target/classes problems/9006-karras-noise-schedule/generator/GenerateTests.java \
 *         problems/9006-karras-noise-schedule
 *
 * Deterministic. Each answer is this program's copy of the reference, checked against an independent
 * computation through logarithms within 1e-12 (absolute or relative; measured about 4e-14), a thousand
 * times inside the checker's 1e-9.
 *
 *   01-boundaries.json  n = 1 (0 / 0 without a special case), n = 2, n = 10^5; sigmaMin just above 0 and
 *                       just below 1000, sigmaMax at 1000; rho 1 (a straight line) and 10.
 *   02-tricky.json      EDM's own values (0.002, 80, 7) at 3 and 18 steps (integer division keeps
 *                       sigmaMax), rho = 2 with squares (a forgotten ^rho), close sigmas.
 *   03-random.json      random n, sigmas drawn log-uniformly, rho in [1, 10].
 */

import java.nio.file.Path;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {
    public static void main(String[] args) throws Exception {
        TestWriter out = new TestWriter(Path.of(args[0]), "n", "sigmaMin", "sigmaMax", "rho");
        TestWriter.Group b = out.group("01-boundaries.json");
        add(b, "one-step", 1, 0.002, 80, 7);
        add(b, "one-step-rho-1", 1, 5, 1000, 1);
        add(b, "two-steps", 2, 0.5, 2, 10);
        add(b, "tiny-sigma-min", 40, 1e-9, 1000, 10);
        add(b, "sigma-min-near-1000", 6, 999.9999999, 1000, 3);
        add(b, "rho-1-straight", 11, 1, 11, 1);
        add(b, "max-steps-edm", 100000, 0.002, 80, 7);
        TestWriter.Group t = out.group("02-tricky.json");
        add(t, "three-steps-edm", 3, 0.002, 80, 7);
        add(t, "edm-18-steps", 18, 0.002, 80, 7);
        add(t, "two-steps-rho-2", 2, 1, 81, 2);
        add(t, "four-steps-rho-2", 4, 1, 16, 2);
        add(t, "close-sigmas", 7, 3.0, 3.0000001, 5.5);
        add(t, "wide-range-rho-10", 25, 1e-6, 1000, 10);
        TestWriter.Group r = out.group("03-random.json");
        Random rnd = new Random(9006);
        for (int k = 0; k < 30; k++) {
            int n = k < 10 ? 1 + rnd.nextInt(10) : k < 25 ? 1 + rnd.nextInt(1000) : 1 + rnd.nextInt(20000);
            double a = Math.exp(Math.log(1e-6) + rnd.nextDouble() * (Math.log(1000) - Math.log(1e-6)));
            double c = Math.exp(Math.log(1e-6) + rnd.nextDouble() * (Math.log(1000) - Math.log(1e-6)));
            double lo = Math.min(a, c), hi = Math.max(a, c);
            if (lo == hi) {
                continue;
            }
            add(r, "random-" + k, n, lo, hi, 1 + 9 * rnd.nextDouble());
        }
        out.write();
    }

    static void add(TestWriter.Group g, String name, int n, double lo, double hi, double rho) {
        if (n < 1 || n > 100000 || !(lo > 0 && lo < hi && hi <= 1000 && lo < 1000) || !(rho >= 1 && rho <= 10)) {
            throw new IllegalStateException(name + ": outside the constraints");
        }
        double[] e = reference(n, lo, hi, rho);
        double[] o = logSpace(n, lo, hi, rho);
        for (int i = 0; i <= n; i++) {
            double d = Math.abs(e[i] - o[i]);
            if (!(d <= 1e-12 || d <= 1e-12 * Math.abs(e[i]))) {
                throw new IllegalStateException(name + ": index " + i + ": " + e[i] + " vs " + o[i]);
            }
        }
        g.add(name, e, n, lo, hi, rho);
    }

    static double[] reference(int n, double sigmaMin, double sigmaMax, double rho) {
        double[] sigmas = new double[n + 1];
        double hi = Math.pow(sigmaMax, 1 / rho), lo = Math.pow(sigmaMin, 1 / rho);
        for (int i = 0; i < n; i++) {
            double t = n == 1 ? 0 : (double) i / (n - 1);
            sigmas[i] = Math.pow(hi + t * (lo - hi), rho);
        }
        return sigmas;
    }

    static double[] logSpace(int n, double sigmaMin, double sigmaMax, double rho) {
        double[] s = new double[n + 1];
        double a = Math.exp(Math.log(sigmaMax) / rho), b = Math.exp(Math.log(sigmaMin) / rho);
        for (int i = 0; i < n; i++) {
            double root = n == 1 ? a : a + (b - a) * i / (n - 1);
            s[i] = Math.exp(rho * Math.log(root));
        }
        return s;
    }
}
