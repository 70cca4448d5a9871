/*
 * Writes the hidden tests of 11. Container With Most Water: tests/hidden/*.json.
 *
 * Run from the judge's folder, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0011-container-with-most-water/generator/GenerateTests.java problems/0011-container-with-most-water
 *
 * Deterministic (java.util.Random with literal seeds, fixed order): two runs give byte-identical files,
 * which are committed with this program. Expected answers come from a copy of the reference (two pointers)
 * and, for n <= 3000, are checked against every pair. Each input is checked against the constraints
 * (2 <= n <= 10^5, 0 <= height[i] <= 10^4).
 *
 * The groups, and why each exists:
 *   01-boundaries.json  n = 2 with heights 0 and 10^4, all zeros (answer 0), all 10^4 at n = 10^5 (the
 *                       largest answer, 999,990,000).
 *   02-tricky.json      the best pair far from the tallest walls, where moving the taller wall inwards
 *                       loses it (rejects moving the taller pointer); a tall wall next to a short one
 *                       (rejects using the taller of the two walls); the best pair at adjacent positions and
 *                       at the two ends (rejects a width of j - i + 1); equal walls at both ends.
 *   03-random.json      random heights of several sizes and ranges.
 *   04-max.json         n = 10^5: increasing, decreasing, a valley, random; every pair is 5 * 10^9 pairs.
 */

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 100_000;
    static final int MAX_H = 10_000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "height");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    static void boundaries(TestWriter.Group out) {
        add(out, "n2-zeros", 0, 0);
        add(out, "n2-zero-and-max", 0, MAX_H);
        add(out, "n2-max", MAX_H, MAX_H);
        add(out, "n2-different", 3, 7);
        add(out, "all-zeros-small", 0, 0, 0, 0, 0);
        add(out, "max-n-all-zeros", fill(MAX_N, 0));
        add(out, "max-n-all-max", fill(MAX_N, MAX_H));
    }

    static void tricky(TestWriter.Group out) {
        add(out, "taller-pointer-moves-lose-best", 2, 3, 10, 5, 7, 8, 9);
        add(out, "short-outer-walls-tall-inner-pair", 1, 2, 100, 100, 2, 1);
        add(out, "best-pair-inside-short-ends", 1, 50, 1, 1, 1, 50, 1);
        add(out, "taller-wall-not-the-limit", 1, 1000, 1);
        add(out, "one-tall-wall-among-short", 2, 2, 9000, 2, 2);
        add(out, "best-pair-adjacent", 1, 1, 1, 10000, 10000, 1, 1, 1);
        add(out, "best-pair-at-the-ends", 5, 1, 1, 1, 1, 5);
        add(out, "equal-ends-taller-inner", 6, 9, 2, 9, 6);
        add(out, "zero-wall-at-one-end", 0, 5, 5, 5, 5);
        add(out, "decreasing-steps", 9, 8, 7, 6, 5, 4, 3, 2, 1);
        add(out, "increasing-steps", 1, 2, 3, 4, 5, 6, 7, 8, 9);
        add(out, "moving-both-on-tie-is-fine", 4, 1, 8, 8, 1, 4);
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(3001);
        int[][] shapes = {{5, 10}, {10, 3}, {20, 100}, {50, MAX_H}, {100, 5}, {500, MAX_H}, {1000, 50}, {3000, MAX_H}, {20000, MAX_H}};
        int index = 0;
        for (int[] shape : shapes) {
            int[] h = new int[shape[0]];
            for (int i = 0; i < h.length; i++) {
                h[i] = rnd.nextInt(shape[1] + 1);
            }
            add(out, String.format("random-%02d-n%d-up-to-%d", ++index, shape[0], shape[1]), h);
        }
    }

    static void max(TestWriter.Group out) {
        int[] up = new int[MAX_N];
        int[] down = new int[MAX_N];
        int[] valley = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            up[i] = (int) ((long) i * MAX_H / (MAX_N - 1));
            down[i] = MAX_H - up[i];
            valley[i] = Math.abs(MAX_N / 2 - i) * MAX_H / (MAX_N / 2);
        }
        add(out, "max-increasing", up);
        add(out, "max-decreasing", down);
        add(out, "max-valley", valley);
        Random rnd = new Random(4001);
        int[] wide = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            wide[i] = rnd.nextInt(MAX_H + 1);
        }
        add(out, "max-random", wide);
        int[] peak = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            peak[i] = 1 + rnd.nextInt(10);
        }
        peak[MAX_N / 2] = MAX_H;
        peak[MAX_N / 2 + 1] = MAX_H;
        add(out, "max-low-walls-two-tall-neighbours", peak);
    }

    // ---------------------------------------------------------------- building tests

    static int[] fill(int n, int value) {
        int[] a = new int[n];
        Arrays.fill(a, value);
        return a;
    }

    static void add(TestWriter.Group out, String name, int... height) {
        if (height.length < 2 || height.length > MAX_N) {
            throw new IllegalStateException(name + ": n = " + height.length);
        }
        for (int i = 0; i < height.length; i++) {
            if (height[i] < 0 || height[i] > MAX_H) {
                throw new IllegalStateException(name + ": height[" + i + "] = " + height[i]);
            }
        }
        int expected = maxArea(height);
        if (height.length <= 3000 && expected != everyPair(height)) {
            throw new IllegalStateException(name + ": reference says " + expected + ", every pair says " + everyPair(height));
        }
        out.add(name, expected, height);
    }

    /** Copy of reference/Solution.java: two pointers, the shorter wall moves. */
    static int maxArea(int[] height) {
        int lo = 0, hi = height.length - 1;
        int best = 0;
        while (lo < hi) {
            best = Math.max(best, (hi - lo) * Math.min(height[lo], height[hi]));
            if (height[lo] < height[hi]) {
                lo++;
            } else {
                hi--;
            }
        }
        return best;
    }

    /** Independent: every pair. */
    static int everyPair(int[] h) {
        int best = 0;
        for (int i = 0; i < h.length; i++) {
            for (int j = i + 1; j < h.length; j++) {
                best = Math.max(best, (j - i) * Math.min(h[i], h[j]));
            }
        }
        return best;
    }
}
