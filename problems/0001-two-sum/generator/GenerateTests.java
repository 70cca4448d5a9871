/*
 * Writes the hidden tests of 1. Two Sum: tests/hidden/*.json.
 *
 * Run from the repository root, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0001-two-sum/generator/GenerateTests.java problems/0001-two-sum
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs give
 * byte-identical files. The expected answers come from this program's own copy of the reference (the
 * pair whose second position is smallest); for n <= 2000 an independent brute force confirms that a pair
 * exists and that the answer is one. Each input is checked against the constraints (2 <= n <= 10^4,
 * values and target in [-10^9, 10^9], at least one pair) and every name must be unique, examples included.
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  n = 2, values and target at -10^9 and 10^9, zeros, negatives only, the pair at the
 *                       start, at the end, first and last. A value that is half of target and occurs
 *                       once rejects solutions that pair a position with itself; one that occurs twice
 *                       is a right answer they must not miss.
 *   02-tricky.json      Arrays in descending and shuffled order, where the positions of a sorted copy are
 *                       not the answer; a half-of-target trap in front of the real pair; duplicates that
 *                       are not part of the answer.
 *   03-random.json      Random arrays of 2 to 40 small values (often several pairs: any is accepted) and
 *                       of 1000 values over the whole range with exactly one pair.
 *   04-max.json         n = 10^4 with exactly one pair. With the pair at the last two positions, a solution
 *                       that rebuilds a map or sorts a copy for every position does 10^4 times O(n) or
 *                       O(n log n) work; the pair also sits at the front, first and last, and is made of
 *                       the bounds -10^9 and 10^9.
 */

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 10_000;
    static final int BOUND = 1_000_000_000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "nums", "target");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    // ---------------------------------------------------------------- groups

    static void boundaries(TestWriter.Group out) {
        add(out, "n2-small", new int[] {1, 2}, 3);
        add(out, "n2-min-and-max-value-sum-zero", new int[] {-BOUND, BOUND}, 0);
        add(out, "n2-target-max", new int[] {BOUND, 0}, BOUND);
        add(out, "n2-target-min", new int[] {0, -BOUND}, -BOUND);
        add(out, "n2-halves-of-max-target", new int[] {500_000_000, 500_000_000}, BOUND);
        add(out, "n2-halves-of-min-target", new int[] {-500_000_000, -500_000_000}, -BOUND);
        add(out, "n2-zeros", new int[] {0, 0}, 0);
        add(out, "n2-negative-and-positive", new int[] {-7, 19}, 12);
        add(out, "zeros-among-others", new int[] {0, 4, 3, 0}, 0);
        add(out, "negatives-only", new int[] {-1, -2, -3, -4, -5}, -8);
        add(out, "opposites-sum-zero", new int[] {-3, 4, 3, 90}, 0);
        add(out, "pair-at-start", new int[] {10, 20, 1, 2, 3, 4}, 30);
        add(out, "pair-at-end", new int[] {1, 2, 3, 4, 10, 20}, 30);
        add(out, "pair-first-and-last", new int[] {10, 1, 2, 3, 4, 20}, 30);
        add(out, "half-of-target-once-before-pair", new int[] {4, 1, 7, 9}, 8);
        add(out, "half-of-target-once-after-pair", new int[] {1, 7, 4}, 8);
        add(out, "half-of-target-twice", new int[] {1, 4, 2, 4}, 8);
        add(out, "half-of-target-only-value-twice", new int[] {6, 1, 6}, 12);
        add(out, "value-bounds-with-target-max", new int[] {-BOUND, 999_999_999, BOUND, 1}, BOUND);
        add(out, "value-bounds-with-target-min", new int[] {BOUND, -999_999_999, -BOUND, -1}, -BOUND);
        add(out, "min-value-twice-target-not-reachable-by-it", new int[] {-BOUND, -BOUND, 3, 5}, 8);
    }

    static void tricky(TestWriter.Group out) {
        add(out, "descending-pair-at-end", new int[] {15, 11, 7, 2}, 9);
        add(out, "descending-pair-at-start", new int[] {90, 80, 7, 5, 3, 1}, 170);
        add(out, "sorted-copy-positions-differ", new int[] {8, -2, 5, 11, 0, 3}, 3);
        add(out, "half-trap-then-pair-far-away", new int[] {50, 1, 2, 3, 4, 5, 6, 7, 8, 9, 92}, 100);
        add(out, "half-trap-at-index-0-zero-target", new int[] {0, 5, -5}, 0);
        add(out, "half-trap-negative", new int[] {-6, 2, -14, 9}, -12);
        add(out, "duplicates-not-in-answer", new int[] {2, 2, 2, 9, 5}, 14);
        add(out, "duplicates-one-of-them-in-answer", new int[] {7, 7, 7, 3}, 10);
        add(out, "answer-uses-second-copy-only", new int[] {4, 4, 1}, 5);
        add(out, "large-values-near-bounds", new int[] {999_999_999, -BOUND, 1}, BOUND);
        add(out, "target-zero-among-many-signs", new int[] {5, -1, 7, -9, 2, 9, 13}, 0);
        add(out, "same-values-different-signs", new int[] {-4, 4, -4, 8}, 4);
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(3001);
        for (int k = 1; k <= 12; k++) {
            int n = 2 + rnd.nextInt(39);
            int spread = k <= 6 ? 10 : 1000;
            int[] nums = new int[n];
            for (int i = 0; i < n; i++) {
                nums[i] = rnd.nextInt(2 * spread + 1) - spread;
            }
            int i = rnd.nextInt(n);
            int j = (i + 1 + rnd.nextInt(n - 1)) % n;
            add(out, String.format("random-small-%02d", k), nums, nums[i] + nums[j]);
        }
        Random mid = new Random(3002);
        for (int k = 1; k <= 4; k++) {
            int n = 1000;
            int target = mid.nextInt(2 * BOUND + 1) - BOUND;
            int first = mid.nextInt(n);
            int second = (first + 1 + mid.nextInt(n - 1)) % n;
            add(out, String.format("random-medium-unique-pair-%d", k), uniquePair(mid, n, target, first, second), target);
        }
    }

    static void max(TestWriter.Group out) {
        add(out, "max-unique-pair-at-last-two", uniquePair(new Random(4001), MAX_N, 123_456_789, MAX_N - 2, MAX_N - 1), 123_456_789);
        add(out, "max-unique-pair-at-last-two-negative-target",
            uniquePair(new Random(4002), MAX_N, -987_654_321, MAX_N - 2, MAX_N - 1), -987_654_321);
        add(out, "max-unique-pair-at-first-two", uniquePair(new Random(4003), MAX_N, 42, 0, 1), 42);
        add(out, "max-unique-pair-first-and-last", uniquePair(new Random(4004), MAX_N, -1, 0, MAX_N - 1), -1);
        int[] bounds = uniquePairOf(new Random(4005), MAX_N, 0, MAX_N - 2, MAX_N - 1, -BOUND);
        add(out, "max-pair-is-min-and-max-value", bounds, 0);
        add(out, "max-target-max-pair-at-end", uniquePairOf(new Random(4006), MAX_N, BOUND, MAX_N - 2, MAX_N - 1, BOUND), BOUND);
        add(out, "max-target-min-pair-at-end", uniquePairOf(new Random(4007), MAX_N, -BOUND, MAX_N - 1, MAX_N - 2, -BOUND), -BOUND);
        // The value 500000000 at index 0 is half of target: pairing it with itself is the trap.
        int[] trap = uniquePair(new Random(4008), MAX_N, BOUND, MAX_N - 2, MAX_N - 1);
        trap[0] = 500_000_000;
        add(out, "max-half-of-target-at-index-0-pair-at-end", trap, BOUND);
        int[] same = new int[MAX_N];
        java.util.Arrays.fill(same, -BOUND / 2);
        add(out, "max-all-equal-every-pair-works", same, -BOUND);
    }

    // ---------------------------------------------------------------- building inputs

    /** n values over the whole range where exactly positions first and second add up to target. */
    static int[] uniquePair(Random rnd, int n, int target, int first, int second) {
        int a;
        do {
            a = rnd.nextInt(2 * BOUND + 1) - BOUND;
        } while ((long) target - a < -BOUND || (long) target - a > BOUND || 2L * a == target);
        return uniquePairOf(rnd, n, target, first, second, a);
    }

    /**
     * n distinct values where exactly positions first and second add up to target, nums[first] = a and
     * nums[second] = target - a. Every other value v is drawn so that neither v nor target - v is already
     * present and v is not half of target, so no other pair exists.
     */
    static int[] uniquePairOf(Random rnd, int n, int target, int first, int second, int a) {
        int b = target - a;
        if (a == b || b < -BOUND || b > BOUND) {
            throw new IllegalStateException("bad pair " + a + " + " + b);
        }
        Set<Integer> used = new HashSet<>(List.of(a, b));
        int[] nums = new int[n];
        for (int i = 0; i < n; i++) {
            if (i == first) {
                nums[i] = a;
            } else if (i == second) {
                nums[i] = b;
            } else {
                int v;
                do {
                    v = rnd.nextInt(2 * BOUND + 1) - BOUND;
                } while (used.contains(v) || used.contains(target - v) || 2L * v == target);
                used.add(v);
                nums[i] = v;
            }
        }
        return nums;
    }

    // ---------------------------------------------------------------- checking and answers

    static void add(TestWriter.Group out, String name, int[] nums, int target) {
        if (nums.length < 2 || nums.length > MAX_N) {
            throw new IllegalStateException(name + ": n = " + nums.length);
        }
        for (int v : nums) {
            if (v < -BOUND || v > BOUND) {
                throw new IllegalStateException(name + ": value " + v);
            }
        }
        if (target < -BOUND || target > BOUND) {
            throw new IllegalStateException(name + ": target " + target);
        }
        int[] expected = twoSum(nums, target);
        if (expected == null) {
            throw new IllegalStateException(name + ": no pair adds up to " + target);
        }
        if (nums.length <= 2000) {
            int[] slow = bruteForce(nums, target);
            if (slow[1] != expected[1] || (long) nums[expected[0]] + nums[expected[1]] != target || expected[0] == expected[1]) {
                throw new IllegalStateException(name + ": reference and brute force disagree");
            }
        }
        out.add(name, expected, nums, target);
    }

    /** Copy of reference/Solution.java: one pass, value to position; null when there is no pair. */
    static int[] twoSum(int[] nums, int target) {
        Map<Long, Integer> seenAt = new HashMap<>();
        for (int j = 0; j < nums.length; j++) {
            Integer i = seenAt.get((long) target - nums[j]);
            if (i != null) {
                return new int[] {i, j};
            }
            seenAt.put((long) nums[j], j);
        }
        return null;
    }

    /** Independent check: every pair, by second position and then first; the pair with the smallest j. */
    static int[] bruteForce(int[] nums, int target) {
        for (int j = 1; j < nums.length; j++) {
            for (int i = 0; i < j; i++) {
                if ((long) nums[i] + nums[j] == target) {
                    return new int[] {i, j};
                }
            }
        }
        throw new IllegalStateException("brute force finds no pair");
    }
}
