/*
 * Writes the hidden tests of 50. Pow(x, n): tests/hidden/*.json.
 *
 * Run from the repository root:
 *
 *     java -cp target/classes problems/0050-powx-n/generator/GenerateTests.java problems/0050-powx-n
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs give
 * byte-identical files; judge.authoring.TestWriter (on the class path from target/classes) writes them. The expected answers come from this program's own copy of the reference (binary
 * exponentiation) and are checked against Math.pow to within 10^-9, far inside the checker's tolerance
 * of 10^-5. Each input is checked against the constraints (-100 < x < 100, n a 32-bit integer, x != 0 or
 * n > 0, |x^n| <= 10^4) and every name must be unique, examples included. x is written with at most five
 * decimals, as LeetCode shows it.
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  x next to -100 and 100 (99.99999), 0, 1 and -1; n at -2^31, 2^31 - 1, 0, 1 and
 *                       -1; results at 10^4 and next to -10^4. n = -2^31 rejects solutions that negate n
 *                       in an int (it stays -2^31) or in an int before widening it to long.
 *   02-tricky.json      Negative bases with odd and even, positive and negative powers (signs, and the
 *                       rounding of n / 2 towards zero for negative n), reciprocals that reach 8192, and
 *                       n near 10^6 with x near 1, where the answer is large and needs every bit of n.
 *   03-random.json      Random x over the whole range, in (-2, 2) and next to 1 and -1, each with an n
 *                       drawn where |x^n| grows but stays within 10^4 (and sometimes any n).
 *   04-max.json         |n| at about 2^31 with |x| = 1 or just below: a loop of n multiplications, or a
 *                       recursion that computes both halves, needs about 2^31 steps (with x = 0.99999
 *                       the running product also sinks into slow subnormal numbers).
 */

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MIN = Integer.MIN_VALUE;
    static final int MAX = Integer.MAX_VALUE;

    record Test(String name, double x, int n, double expected) {}

    static final Set<String> NAMES = new HashSet<>(List.of("example-1", "example-2", "example-3"));

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "x", "n");
        Object[][] groups = {
            {"01-boundaries.json", boundaries()},
            {"02-tricky.json", tricky()},
            {"03-random.json", random()},
            {"04-max.json", max()},
        };
        for (Object[] group : groups) {
            TestWriter.Group g = out.group((String) group[0]);
            @SuppressWarnings("unchecked")
            List<Test> tests = (List<Test>) group[1];
            for (Test t : tests) {
                g.add(t.name(), t.expected(), t.x(), t.n());
            }
        }
        out.write();
    }

    // ---------------------------------------------------------------- groups

    static List<Test> boundaries() {
        List<Test> out = new ArrayList<>();
        add(out, "x-near-max-n-2", 99.99999, 2);
        add(out, "x-near-min-n-2", -99.99999, 2);
        add(out, "x-near-max-n-1", 99.99999, 1);
        add(out, "x-near-min-n-1", -99.99999, 1);
        add(out, "x-near-min-n-minus-1", -99.99999, -1);
        add(out, "x-near-max-n-min-int", 99.99999, MIN);
        add(out, "x-near-min-n-min-int", -99.99999, MIN);
        add(out, "x-two-n-min-int", 2.0, MIN);
        add(out, "x-one-n-min-int", 1.0, MIN);
        add(out, "x-minus-one-n-min-int", -1.0, MIN);
        add(out, "x-one-n-max-int", 1.0, MAX);
        add(out, "x-minus-one-n-max-int", -1.0, MAX);
        add(out, "x-zero-n-max-int", 0.0, MAX);
        add(out, "x-zero-n-1", 0.0, 1);
        add(out, "x-half-n-max-int", 0.5, MAX);
        add(out, "x-minus-half-n-max-int", -0.5, MAX);
        add(out, "n-zero-x-near-min", -99.99999, 0);
        add(out, "n-zero-x-tiny", 0.00001, 0);
        add(out, "n-zero-x-one", 1.0, 0);
        add(out, "x-tiny-n-1", 0.00001, 1);
        add(out, "result-is-max-10000", 10.0, 4);
        add(out, "result-near-min", -21.54434, 3);
        add(out, "x-tenth-n-minus-3", 0.1, -3);
        return out;
    }

    static List<Test> tricky() {
        List<Test> out = new ArrayList<>();
        add(out, "negative-base-negative-odd-n", -2.0, -3);
        add(out, "negative-base-negative-even-n", -2.0, -4);
        add(out, "negative-base-odd-n", -2.0, 13);
        add(out, "negative-base-even-n", -2.0, 12);
        add(out, "positive-base-negative-odd-n", 3.0, -1);
        add(out, "positive-base-negative-n-5", 1.5, -5);
        add(out, "reciprocal-reaches-8192", 0.5, -13);
        add(out, "negative-reciprocal-reaches-minus-8192", -0.5, -13);
        add(out, "minus-one-n-min-int-plus-1", -1.0, MIN + 1);
        add(out, "minus-one-n-max-int-minus-1", -1.0, MAX - 1);
        add(out, "n-is-power-of-two", 1.5, 16);
        add(out, "n-all-ones-in-binary", 1.0001, 65535);
        add(out, "x-near-one-large-n", 1.00001, 921000);
        add(out, "x-below-one-large-negative-n", 0.99999, -920000);
        add(out, "negative-x-near-one-large-odd-n", -1.00001, 920001);
        add(out, "non-representable-x", 1.1, 96);
        add(out, "x-is-whole-n-large", 3.0, 8);
        return out;
    }

    static List<Test> random() {
        List<Test> out = new ArrayList<>();
        Random rnd = new Random(3001);
        int k = 0;
        while (k < 16) {
            double x;
            if (k < 6) {
                x = (rnd.nextInt(19_999_999) - 9_999_999) / 100_000.0; // (-100, 100), five decimals
            } else if (k < 11) {
                x = (rnd.nextInt(399_999) - 199_999) / 100_000.0; // (-2, 2): large |n| possible
            } else {
                x = (rnd.nextInt(20_001) - 10_000 + (rnd.nextBoolean() ? 100_000 : -100_000)) / 100_000.0; // next to 1 or -1
            }
            // Mostly an n for which x^n is neither tiny nor beyond 10^4: from 0 up to `reach` steps in the
            // direction where |x^n| grows; sometimes any 32-bit n.
            double magnitude = Math.abs(x);
            long reach = magnitude == 1 ? Integer.MAX_VALUE : (long) Math.floor(Math.log(9_999) / Math.abs(Math.log(magnitude)));
            long steps = (long) (rnd.nextDouble() * (Math.min(reach, Integer.MAX_VALUE) + 1));
            int n = rnd.nextInt(5) == 0 ? rnd.nextInt() : (int) (magnitude > 1 ? steps : -steps);
            if (x == 0 || !(Math.abs(Math.pow(x, n)) <= 9_999)) {
                continue; // keep clear of the 10^4 bound, where rounding could decide validity
            }
            k++;
            add(out, String.format("random-%02d", k), x, n);
        }
        return out;
    }

    static List<Test> max() {
        List<Test> out = new ArrayList<>();
        add(out, "max-n-max-int-x-one", 1.0, MAX);
        add(out, "max-n-max-int-x-minus-one", -1.0, MAX);
        add(out, "max-n-max-int-x-just-below-one", 0.99999, MAX);
        add(out, "max-n-min-int-x-just-above-one", 1.00001, MIN);
        add(out, "max-n-min-int-x-just-below-minus-one", -1.00001, MIN);
        add(out, "max-n-min-int-plus-1-x-one", 1.0, MIN + 1);
        return out;
    }

    // ---------------------------------------------------------------- checking and answers

    static void add(List<Test> out, String name, double x, int n) {
        if (!name.matches("[a-z0-9]+(-[a-zA-Z0-9]+)*")) {
            throw new IllegalStateException("name is not kebab-case: " + name);
        }
        if (!NAMES.add(name)) {
            throw new IllegalStateException("duplicate test name: " + name);
        }
        if (!(x > -100 && x < 100) || x != Math.round(x * 100_000) / 100_000.0) {
            throw new IllegalStateException(name + ": x = " + x);
        }
        if (x == 0 && n <= 0) {
            throw new IllegalStateException(name + ": 0 to the power " + n);
        }
        double exact = Math.pow(x, n);
        if (!(Math.abs(exact) <= 10_000)) {
            throw new IllegalStateException(name + ": x^n = " + exact);
        }
        double expected = myPow(x, n);
        if (!(Math.abs(expected - exact) <= 1e-9 * Math.max(1, Math.abs(exact)))) {
            throw new IllegalStateException(name + ": reference " + expected + ", Math.pow " + exact);
        }
        out.add(new Test(name, x, n, expected));
    }

    /** Copy of reference/Solution.java: binary exponentiation with |n| in long. */
    static double myPow(double x, int n) {
        long exponent = n;
        double base = x;
        if (exponent < 0) {
            base = 1 / base;
            exponent = -exponent;
        }
        double result = 1;
        while (exponent > 0) {
            if ((exponent & 1) == 1) {
                result *= base;
            }
            base *= base;
            exponent >>= 1;
        }
        return result;
    }
}
