/*
 * Writes the hidden tests of 875. Koko Eating Bananas: tests/hidden/*.json.
 *
 * Run from the judge's folder, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0875-koko-eating-bananas/generator/GenerateTests.java problems/0875-koko-eating-bananas
 *
 * Deterministic (java.util.Random with literal seeds, fixed order): two runs give byte-identical files,
 * which are committed with this program. Expected answers come from a copy of the reference (binary search
 * on the speed) and are checked independently on every test: the answer finishes in h hours and one less
 * does not (hours counted in long); for answers up to 10^5 with n <= 1000 a linear search from 1 agrees.
 * Each input is checked against the constraints (1 <= n <= 10^4, n <= h <= 10^9, 1 <= piles[i] <= 10^9).
 *
 * The groups, and why each exists:
 *   01-boundaries.json  n = 1 with h = 1 and h = 10^9, piles of 1 and of 10^9, n = 10^4 with h = n.
 *   02-tricky.json      piles that do not divide evenly (rejects floor(p / k) for ceil), inputs where the
 *                       average speed ceil(sum / h) is too slow (rejects the average as the answer), answers
 *                       one above a probe (rejects a binary search returning its last infeasible speed),
 *                       answer 1 and answer max(piles) (the ends of the search range).
 *   03-random.json      random piles, small and large, with h from n to past the total.
 *   04-max.json         n = 10^4 with answers near 10^9: a linear search from speed 1 tries 10^9 speeds
 *                       of 10^4 piles each. Also h = 10^9 (a small answer) and mixed pile sizes.
 */

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 10_000;
    static final int MAX_V = 1_000_000_000;
    static final int MAX_H = 1_000_000_000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "piles", "h");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    static void boundaries(TestWriter.Group out) {
        add(out, "n1-one-banana-h1", 1, 1);
        add(out, "n1-one-banana-h-max", MAX_H, 1);
        add(out, "n1-largest-pile-h1", 1, MAX_V);
        add(out, "n1-largest-pile-h-max", MAX_H, MAX_V);
        add(out, "n1-largest-pile-h-two", 2, MAX_V);
        add(out, "n1-largest-pile-h-three", 3, MAX_V);
        add(out, "all-ones-h-n", 4, 1, 1, 1, 1);
        add(out, "max-n-all-ones-h-n", MAX_N, fill(MAX_N, 1));
        add(out, "max-n-largest-piles-h-n", MAX_N, fill(MAX_N, MAX_V));
    }

    static void tricky(TestWriter.Group out) {
        add(out, "uneven-piles-need-ceiling", 5, 3, 3, 3);
        add(out, "uneven-piles-need-ceiling-larger", 10, 7, 8, 9, 10);
        add(out, "average-too-slow-two-piles", 3, 5, 5);
        add(out, "average-too-slow-many-small", 10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 91);
        add(out, "average-too-slow-one-spare-hour", 4, 9, 9, 9);
        add(out, "answer-just-above-a-probe", 6, 8, 8, 8);
        add(out, "answer-two", 6, 3, 3, 4);
        add(out, "answer-one-with-spare-hours", 100, 5, 10, 20);
        add(out, "answer-one-exact-hours", 35, 5, 10, 20);
        add(out, "answer-largest-pile-h-n", 3, 2, 1000, 7);
        add(out, "answer-largest-pile-minus-one", 4, 10, 10, 10);
        add(out, "one-huge-pile-and-ones", 1000, 1, 1, 1, 1, MAX_V);
        add(out, "huge-piles-spare-hour", 3, MAX_V, MAX_V);
        add(out, "huge-piles-h-max", MAX_H, MAX_V, MAX_V, MAX_V);
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(3001);
        int index = 0;
        int[][] shapes = {{3, 10}, {5, 100}, {8, 1000}, {20, 1_000_000}, {50, MAX_V}, {200, 1000}, {1000, MAX_V}, {3000, 50}};
        for (int[] shape : shapes) {
            for (int round = 0; round < 2; round++) {
                int n = 1 + rnd.nextInt(shape[0]);
                int[] piles = new int[n];
                long sum = 0;
                for (int i = 0; i < n; i++) {
                    piles[i] = 1 + rnd.nextInt(shape[1]);
                    sum += piles[i];
                }
                long span = Math.min(MAX_H, sum + n) - n;
                int h = (int) (n + (span <= 0 ? 0 : (long) (rnd.nextDouble() * span)));
                add(out, String.format("random-%02d-n%d-up-to-%d", ++index, n, shape[1]), h, piles);
            }
        }
    }

    static void max(TestWriter.Group out) {
        Random rnd = new Random(4001);
        add(out, "max-largest-piles-h-n-plus-one", MAX_N + 1, fill(MAX_N, MAX_V));
        int[] big = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            big[i] = MAX_V - rnd.nextInt(1000);
        }
        add(out, "max-near-largest-piles-h-one-and-a-half-n", MAX_N + MAX_N / 2, big);
        add(out, "max-largest-piles-h-max", MAX_H, fill(MAX_N, MAX_V));
        int[] mixed = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            mixed[i] = 1 + rnd.nextInt(MAX_V);
        }
        add(out, "max-random-piles-h-n", MAX_N, mixed);
        add(out, "max-random-piles-h-three-n", 3 * MAX_N, mixed);
        add(out, "max-random-piles-h-max", MAX_H, mixed);
        int[] one = fill(MAX_N, 1);
        one[MAX_N / 2] = MAX_V;
        add(out, "max-ones-and-one-huge-h-n", MAX_N, one);
    }

    // ---------------------------------------------------------------- building tests

    static int[] fill(int n, int value) {
        int[] a = new int[n];
        Arrays.fill(a, value);
        return a;
    }

    static void add(TestWriter.Group out, String name, int h, int... piles) {
        if (piles.length < 1 || piles.length > MAX_N) {
            throw new IllegalStateException(name + ": n = " + piles.length);
        }
        if (h < piles.length || h > MAX_H) {
            throw new IllegalStateException(name + ": h = " + h);
        }
        for (int i = 0; i < piles.length; i++) {
            if (piles[i] < 1 || piles[i] > MAX_V) {
                throw new IllegalStateException(name + ": piles[" + i + "] = " + piles[i]);
            }
        }
        int expected = minEatingSpeed(piles, h);
        if (hours(piles, expected) > h || (expected > 1 && hours(piles, expected - 1) <= h)) {
            throw new IllegalStateException(name + ": " + expected + " is not the slowest speed that finishes");
        }
        if (expected <= 100_000 && piles.length <= 1000) {
            int k = 1;
            while (hours(piles, k) > h) {
                k++;
            }
            if (k != expected) {
                throw new IllegalStateException(name + ": reference says " + expected + ", linear search says " + k);
            }
        }
        out.add(name, expected, piles, h);
    }

    /** Copy of reference/Solution.java: binary search on the speed. */
    static int minEatingSpeed(int[] piles, int h) {
        int lo = 1;
        int hi = 0;
        for (int p : piles) {
            hi = Math.max(hi, p);
        }
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (hours(piles, mid) <= h) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static long hours(int[] piles, int k) {
        long total = 0;
        for (int p : piles) {
            total += (p + (long) k - 1) / k;
        }
        return total;
    }
}
