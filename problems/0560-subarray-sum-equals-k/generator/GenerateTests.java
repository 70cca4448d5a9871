/*
 * Writes the hidden tests of 560. Subarray Sum Equals K: tests/hidden/*.json.
 *
 * Run from the judge's folder, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0560-subarray-sum-equals-k/generator/GenerateTests.java problems/0560-subarray-sum-equals-k
 *
 * Deterministic (java.util.Random with literal seeds, fixed order): two runs give byte-identical files,
 * which are committed with this program. Expected answers come from a copy of the reference (prefix sums
 * and a hash map) and are checked on every test against an independent count of every subarray
 * (O(n^2), at most 2 * 10^8 steps). Each input is checked against the constraints (1 <= n <= 2 * 10^4,
 * -1000 <= nums[i] <= 1000, -10^7 <= k <= 10^7).
 *
 * The groups, and why each exists:
 *   01-boundaries.json  n = 1 with and without a match, the values -1000 and 1000, k = -10^7 and 10^7
 *                       (reached by 10^4 elements of -1000 or 1000), k beyond any sum.
 *   02-tricky.json      negative elements and zeros (rejects a sliding window, which assumes positive
 *                       elements), subarrays that start at index 0 (rejects a map without the empty prefix),
 *                       k = 0 where no subarray adds up to 0 (rejects storing the prefix before looking it up,
 *                       which counts empty subarrays).
 *   03-random.json      random arrays of several sizes, value ranges and targets.
 *   04-max.json         n = 2 * 10^4: all zeros with k = 0 (the largest count, 200,010,000), alternating
 *                       signs, random values. Every subarray summed from scratch is about n^3 / 6 steps.
 */

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 20_000;
    static final int MAX_V = 1000;
    static final int MAX_K = 10_000_000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "nums", "k");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    static void boundaries(TestWriter.Group out) {
        add(out, "n1-match", 5, 5);
        add(out, "n1-no-match", 5, 4);
        add(out, "n1-min-value", -MAX_V, -MAX_V);
        add(out, "n1-max-value", MAX_V, MAX_V);
        add(out, "n1-zero-k-zero", 0, 0);
        add(out, "k-max-reached", MAX_K, fill(10_000, MAX_V));
        add(out, "k-min-reached", -MAX_K, fill(10_000, -MAX_V));
        add(out, "k-max-unreachable", MAX_K, 1, 2, 3);
        add(out, "k-min-unreachable", -MAX_K, 1, 2, 3);
    }

    static void tricky(TestWriter.Group out) {
        add(out, "negative-then-positive", 7, 3, 4, 7, -2, 2, 1, 4, 2);
        add(out, "negative-elements-k-negative", -1, -1, -1, 1);
        add(out, "zeros-between", 0, 0, 0, 0);
        add(out, "zeros-around-match", 3, 0, 3, 0);
        add(out, "negative-breaks-window", 2, 1, -1, 2, -1, 1);
        add(out, "window-would-shrink-too-early", 1, 2, -1, 2, -1);
        add(out, "match-from-index-zero", 6, 1, 2, 3);
        add(out, "only-whole-array", 10, 1, 2, 3, 4);
        add(out, "k-zero-no-zero-sum", 0, 1, 2, 3);
        add(out, "k-zero-one-zero-sum", 0, 1, -1, 5);
        add(out, "k-zero-all-negative", 0, -1, -2, -3);
        add(out, "same-values-different-positions", 2, 1, 1, 1, 1);
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(3001);
        int[][] shapes = {{5, 2}, {10, 3}, {20, 10}, {50, 5}, {100, MAX_V}, {300, 1}, {1000, 50}, {3000, MAX_V}, {5000, 3}};
        int index = 0;
        for (int[] shape : shapes) {
            int n = shape[0];
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = -shape[1] + rnd.nextInt(2 * shape[1] + 1);
            }
            int from = rnd.nextInt(n);
            int to = from + rnd.nextInt(n - from);
            int k = 0;
            for (int i = from; i <= to; i++) {
                k += a[i];
            }
            add(out, String.format("random-%02d-n%d-within-%d", ++index, n, shape[1]), k, a);
        }
    }

    static void max(TestWriter.Group out) {
        add(out, "max-all-zeros-k-zero", 0, fill(MAX_N, 0));
        int[] alternating = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            alternating[i] = i % 2 == 0 ? MAX_V : -MAX_V;
        }
        add(out, "max-alternating-signs-k-zero", 0, alternating);
        add(out, "max-alternating-signs-k-max-value", MAX_V, alternating);
        Random rnd = new Random(4001);
        int[] wide = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            wide[i] = -MAX_V + rnd.nextInt(2 * MAX_V + 1);
        }
        add(out, "max-random-k-zero", 0, wide);
        add(out, "max-random-k-500", 500, wide);
        int[] ones = fill(MAX_N, 1);
        add(out, "max-ones-k-n", MAX_N, ones);
        add(out, "max-ones-k-unreachable", MAX_N + 1, ones);
    }

    // ---------------------------------------------------------------- building tests

    static int[] fill(int n, int value) {
        int[] a = new int[n];
        Arrays.fill(a, value);
        return a;
    }

    static void add(TestWriter.Group out, String name, int k, int... nums) {
        if (nums.length < 1 || nums.length > MAX_N) {
            throw new IllegalStateException(name + ": n = " + nums.length);
        }
        if (k < -MAX_K || k > MAX_K) {
            throw new IllegalStateException(name + ": k = " + k);
        }
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] < -MAX_V || nums[i] > MAX_V) {
                throw new IllegalStateException(name + ": nums[" + i + "] = " + nums[i]);
            }
        }
        int expected = subarraySum(nums, k);
        long slow = everySubarray(nums, k);
        if (slow != expected) {
            throw new IllegalStateException(name + ": reference says " + expected + ", every subarray says " + slow);
        }
        out.add(name, expected, nums, k);
    }

    /** Copy of reference/Solution.java: prefix sums counted in a hash map. */
    static int subarraySum(int[] nums, int k) {
        Map<Integer, Integer> seen = new HashMap<>();
        seen.put(0, 1);
        int prefix = 0;
        int count = 0;
        for (int x : nums) {
            prefix += x;
            count += seen.getOrDefault(prefix - k, 0);
            seen.merge(prefix, 1, Integer::sum);
        }
        return count;
    }

    /** Independent: every subarray, with a running sum from each start. */
    static long everySubarray(int[] nums, int k) {
        long count = 0;
        for (int i = 0; i < nums.length; i++) {
            long sum = 0;
            for (int j = i; j < nums.length; j++) {
                sum += nums[j];
                if (sum == k) {
                    count++;
                }
            }
        }
        return count;
    }
}
