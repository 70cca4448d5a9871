/*
 * Writes the hidden tests of 209. Minimum Size Subarray Sum: tests/hidden/*.json.
 *
 * Run from the repository root, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0209-minimum-size-subarray-sum/generator/GenerateTests.java problems/0209-minimum-size-subarray-sum
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs
 * give byte-identical files. The expected answers come from this program's own copy of the
 * reference algorithm; every test with n <= 3000 is also checked against a slow, independent brute
 * force. Each input is checked against the constraints (1 <= target <= 10^9, 1 <= n <= 10^5,
 * 1 <= nums[i] <= 10^4) and every name must be unique, examples included.
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  n = 1, target = 1 and target = 10^9, elements 1 and 10^4, a target equal to the
 *                       whole sum (answer n) and one above it (answer 0), the answer at either end.
 *   02-tricky.json      Hand-made traps: a window reaching the target with equality (rejects `>`), a big
 *                       element after many small ones (rejects shrinking by one element per step with
 *                       `if` instead of `while`), the largest elements far apart (rejects sorting and
 *                       taking the largest), sums that fall between prefix sums (rejects a binary search
 *                       that reads its insertion point one off).
 *   03-random.json      Random small and medium arrays, with targets from 1 to past the whole sum.
 *   04-max.json         n = 10^5. Ones with the answer n or 0 make every O(n^2) scan add about
 *                       n^2 / 2 = 5 * 10^9 elements; 10^5 elements of 10^4 with target 10^9 reach the
 *                       top of every range at once (the sum is exactly 10^9).
 */

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 100_000;
    static final int MAX_VALUE = 10_000;
    static final int MAX_TARGET = 1_000_000_000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "target", "nums");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    // ---------------------------------------------------------------- groups

    static void boundaries(TestWriter.Group out) {
        add(out, "one-element-one-target-one", 1, 1);
        add(out, "one-element-below-target", 2, 1);
        add(out, "one-element-max-value-equals-target", 10_000, 10_000);
        add(out, "one-element-max-value-target-max", MAX_TARGET, 10_000);
        add(out, "one-element-min-value-target-max", MAX_TARGET, 1);
        add(out, "target-one-any-element-does", 1, 5, 9, 2);
        add(out, "target-equals-whole-sum", 15, 1, 2, 3, 4, 5);
        add(out, "target-one-above-whole-sum", 16, 1, 2, 3, 4, 5);
        add(out, "target-max-small-array", MAX_TARGET, 10_000, 10_000, 10_000);
        add(out, "answer-first-element", 10, 10, 1, 1, 1, 1);
        add(out, "answer-last-element", 10, 1, 1, 1, 1, 10);
        add(out, "answer-first-two", 10, 5, 5, 1, 1, 1, 1);
        add(out, "answer-last-two", 10, 1, 1, 1, 1, 5, 5);
        add(out, "all-equal-exact-multiple", 12, 3, 3, 3, 3, 3, 3);
        add(out, "all-equal-not-a-multiple", 13, 3, 3, 3, 3, 3, 3);
        add(out, "two-elements-both-needed", 2, 1, 1);
        add(out, "max-value-elements-target-just-above-one", 10_001, 10_000, 10_000);
    }

    static void tricky(TestWriter.Group out) {
        add(out, "equality-only-in-short-window", 7, 2, 3, 1, 2, 4, 3);
        add(out, "equality-whole-array", 6, 1, 2, 3);
        add(out, "big-element-after-many-small", 100, 1, 1, 1, 1, 100);
        add(out, "big-element-after-long-window", 50, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 50, 1);
        add(out, "window-must-shrink-several-at-once", 20, 1, 1, 1, 1, 1, 1, 1, 1, 10, 10);
        add(out, "largest-elements-far-apart", 10, 5, 1, 1, 1, 5);
        add(out, "largest-elements-far-apart-longer", 20, 10, 1, 1, 2, 1, 1, 10, 1, 1);
        add(out, "short-window-late", 15, 1, 2, 3, 4, 5, 1, 1, 1, 1, 7, 8);
        add(out, "sum-between-prefix-sums", 4, 1, 2, 1, 3, 1);
        add(out, "sum-between-prefix-sums-long", 11, 2, 3, 2, 2, 3, 2, 2, 3, 2, 9);
        add(out, "shortest-in-middle", 12, 1, 1, 1, 6, 6, 1, 1, 1);
        add(out, "decreasing", 9, 5, 4, 3, 2, 1);
        add(out, "increasing", 9, 1, 2, 3, 4, 5);
        add(out, "many-windows-same-length", 4, 2, 2, 2, 2, 2, 2);
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(3001);
        int[] maxValues = {2, 5, 10, 100, 10_000};
        int index = 0;
        for (int round = 0; round < 3; round++) {
            for (int maxValue : maxValues) {
                int n = 1 + rnd.nextInt(round == 0 ? 8 : 40);
                int[] nums = randomArray(rnd, n, 1, maxValue);
                long sum = Arrays.stream(nums).asLongStream().sum();
                int target = (int) Math.max(1, Math.min(MAX_TARGET, 1 + rnd.nextInt((int) Math.min(sum + sum / 4 + 1, MAX_TARGET))));
                add(out, String.format("random-small-values-to-%d-%02d", maxValue, ++index), target, nums);
            }
        }
        Random mid = new Random(3002);
        int[] a = randomArray(mid, 3000, 1, 10_000);
        add(out, "random-medium-target-one-element", 9_990, a);
        add(out, "random-medium-target-a-tenth", (int) (sum(a) / 10), a);
        add(out, "random-medium-target-whole-sum", (int) sum(a), a);
        add(out, "random-medium-target-above-sum", (int) sum(a) + 1, a);
        int[] b = randomArray(mid, 3000, 1, 3);
        add(out, "random-medium-small-values-target-100", 100, b);
        add(out, "random-medium-small-values-target-half", (int) (sum(b) / 2), b);
    }

    static void max(TestWriter.Group out) {
        int[] ones = fill(MAX_N, 1);
        add(out, "max-ones-target-n", MAX_N, ones);
        add(out, "max-ones-target-max", MAX_TARGET, ones);
        add(out, "max-max-values-target-max-whole-array", MAX_TARGET, fill(MAX_N, MAX_VALUE));
        int[] oneBig = fill(MAX_N, 1);
        oneBig[MAX_N - 1] = MAX_VALUE;
        add(out, "max-one-big-element-at-end", MAX_VALUE, oneBig);
        int[] small = randomArray(new Random(4001), MAX_N, 1, 9);
        add(out, "max-small-values-target-half-sum", (int) (sum(small) / 2), small);
        add(out, "max-small-values-target-above-sum", (int) sum(small) + 1, small);
        add(out, "max-small-values-target-1000", 1000, small);
        int[] wide = randomArray(new Random(4002), MAX_N, 1, MAX_VALUE);
        add(out, "max-random-values-target-50000", 50_000, wide);
    }

    // ---------------------------------------------------------------- building tests

    static void add(TestWriter.Group out, String name, int target, int... nums) {
        if (target < 1 || target > MAX_TARGET) {
            throw new IllegalStateException(name + ": target " + target);
        }
        if (nums.length < 1 || nums.length > MAX_N) {
            throw new IllegalStateException(name + ": nums has length " + nums.length);
        }
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] < 1 || nums[i] > MAX_VALUE) {
                throw new IllegalStateException(name + ": nums[" + i + "] = " + nums[i]);
            }
        }
        int expected = minSubArrayLen(target, nums);
        if (nums.length <= 3000) {
            int slow = bruteForce(target, nums);
            if (slow != expected) {
                throw new IllegalStateException(name + ": reference says " + expected + ", brute force says " + slow);
            }
        }
        out.add(name, expected, target, nums);
    }

    static int[] fill(int n, int value) {
        int[] a = new int[n];
        Arrays.fill(a, value);
        return a;
    }

    static int[] randomArray(Random rnd, int n, int min, int max) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = min + rnd.nextInt(max - min + 1);
        }
        return a;
    }

    static long sum(int[] a) {
        return Arrays.stream(a).asLongStream().sum();
    }

    // ---------------------------------------------------------------- answers

    /** Copy of reference/Solution.java: a sliding window that shrinks while it reaches the target. */
    static int minSubArrayLen(int target, int[] nums) {
        int best = Integer.MAX_VALUE;
        long sum = 0;
        int left = 0;
        for (int right = 0; right < nums.length; right++) {
            sum += nums[right];
            while (sum >= target) {
                best = Math.min(best, right - left + 1);
                sum -= nums[left];
                left++;
            }
        }
        return best == Integer.MAX_VALUE ? 0 : best;
    }

    /** Independent check: from every start, add elements until the target is reached. */
    static int bruteForce(int target, int[] nums) {
        int best = 0;
        for (int i = 0; i < nums.length; i++) {
            long sum = 0;
            for (int j = i; j < nums.length; j++) {
                sum += nums[j];
                if (sum >= target) {
                    if (best == 0 || j - i + 1 < best) {
                        best = j - i + 1;
                    }
                    break;
                }
            }
        }
        return best;
    }
}
