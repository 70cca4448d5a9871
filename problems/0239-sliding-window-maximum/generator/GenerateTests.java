/*
 * Writes the hidden tests of 239. Sliding Window Maximum: tests/hidden/*.json.
 *
 * Run from the repository root, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0239-sliding-window-maximum/generator/GenerateTests.java problems/0239-sliding-window-maximum
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs
 * give byte-identical files. The expected answers come from this program's own copy of the reference
 * algorithm; every test with n * k <= 10^7 is also checked against a slow, independent brute force.
 * Each input is checked against the constraints (1 <= n <= 10^5, -10^4 <= nums[i] <= 10^4,
 * 1 <= k <= n) and every name must be unique, examples included.
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  n = 1, k = 1 and k = n, the values -10^4 and 10^4, all-negative arrays (a maximum
 *                       that starts at 0 is wrong), the maximum at the start or end of a window.
 *   02-tricky.json      Hand-made traps: equal values (a deque of values that pops ties loses a copy that
 *                       is still in the window), a maximum that must leave exactly when the window passes
 *                       it (an eviction one step late keeps it), a maximum leaving while the next largest
 *                       sits in the middle of the window (taking the incoming value instead is wrong),
 *                       increasing, decreasing and zigzag runs.
 *   03-random.json      Random small and medium arrays with small and large k.
 *   04-max.json         n = 10^5. k = n / 2 gives 50001 windows of 50000 elements, about 2.5 * 10^9 steps for
 *                       every solution that looks at each window in full; a decreasing array over the whole
 *                       range -10^4..10^4 makes the maximum leave at every step; k = 1 and k = n. Values are
 *                       kept short where the range does not matter, to keep the files small.
 */

import java.nio.file.Path;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 100_000;
    static final int MAX_VALUE = 10_000;

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

    // ---------------------------------------------------------------- groups

    static void boundaries(TestWriter.Group out) {
        small(out, "one-element-min-value", 1, -10_000);
        small(out, "one-element-max-value", 1, 10_000);
        small(out, "one-element-zero", 1, 0);
        small(out, "two-elements-k-1", 1, 4, -4);
        small(out, "two-elements-k-2", 2, -4, 4);
        small(out, "k-equals-n", 5, 3, -1, 7, 2, 5);
        small(out, "k-equals-n-all-negative", 4, -9, -3, -7, -5);
        small(out, "k-1-returns-the-array", 1, 5, -2, 0, 10_000, -10_000);
        small(out, "all-negative", 2, -5, -3, -8, -1, -9);
        small(out, "all-min-value", 3, -10_000, -10_000, -10_000, -10_000);
        small(out, "min-and-max-values", 2, -10_000, 10_000, -10_000, 10_000);
        small(out, "max-at-window-start", 3, 9, 1, 2, 3, 4);
        small(out, "max-at-window-end", 3, 1, 2, 3, 4, 9);
        small(out, "max-at-both-ends", 3, 8, 1, 1, 8, 1, 1, 8);
    }

    static void tricky(TestWriter.Group out) {
        small(out, "tie-then-smaller", 2, 5, 5, 1);
        small(out, "ties-everywhere", 2, 7, 7, 7, 7);
        small(out, "ties-leave-one-by-one", 3, 4, 4, 2, 4, 1, 1, 0);
        small(out, "negative-ties", 2, -3, -3, -5, -5, -3);
        small(out, "max-leaves-exactly-on-time", 2, 9, 1, 1, 1);
        small(out, "max-leaves-next-largest-in-middle", 3, 1, 3, 1, 2, 0, 5);
        small(out, "max-leaves-next-largest-older", 4, 10, 8, 1, 2, 3, 4);
        small(out, "decreasing", 3, 5, 4, 3, 2, 1);
        small(out, "increasing", 3, 1, 2, 3, 4, 5);
        small(out, "zigzag", 2, 1, 5, 2, 6, 3, 7, 4);
        small(out, "valley", 3, 9, 7, 5, 3, 5, 7, 9);
        small(out, "peak", 3, 1, 3, 5, 7, 5, 3, 1);
        small(out, "window-one-shorter-than-array", 4, 2, 8, 3, 6, 1);
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(3001);
        int[] ranges = {1, 3, 10, MAX_VALUE};
        int index = 0;
        for (int round = 0; round < 3; round++) {
            for (int range : ranges) {
                int n = 1 + rnd.nextInt(round == 0 ? 8 : 40);
                int k = 1 + rnd.nextInt(round == 2 ? n : Math.min(n, 4));
                add(out, String.format("random-small-range-%d-%02d", range, ++index), randomArray(rnd, n, -range, range), k);
            }
        }
        Random mid = new Random(3002);
        int[] a = randomArray(mid, 3000, -MAX_VALUE, MAX_VALUE);
        add(out, "random-medium-k-2", a, 2);
        add(out, "random-medium-k-100", a, 100);
        add(out, "random-medium-k-half", a, 1500);
        add(out, "random-medium-k-n-minus-1", a, 2999);
        int[] b = randomArray(mid, 3000, -2, 2);
        add(out, "random-medium-few-values-k-7", b, 7);
        add(out, "random-medium-few-values-k-300", b, 300);
    }

    static void max(TestWriter.Group out) {
        // Every value from 10^4 down to -10^4, each about five times: the maximum leaves at every step.
        int[] down = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            down[i] = MAX_VALUE - (int) ((long) i * (2 * MAX_VALUE + 1) / MAX_N);
        }
        add(out, "max-decreasing-full-range-k-half", down, MAX_N / 2);
        // Increasing: every outgoing element is the window's smallest, far from a heap's top.
        int[] up = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            up[i] = i / 100;
        }
        add(out, "max-increasing-k-half", up, MAX_N / 2);
        int[] digits = randomArray(new Random(4001), MAX_N, 0, 9);
        add(out, "max-random-digits-k-half", digits, MAX_N / 2);
        add(out, "max-random-digits-k-1", digits, 1);
        add(out, "max-random-digits-k-n", randomArray(new Random(4002), MAX_N, -9, 9), MAX_N);
    }

    // ---------------------------------------------------------------- building tests

    /** A hand-made test: k first, then the elements. */
    static void small(TestWriter.Group out, String name, int k, int... nums) {
        add(out, name, nums, k);
    }

    static void add(TestWriter.Group out, String name, int[] nums, int k) {
        if (nums.length < 1 || nums.length > MAX_N) {
            throw new IllegalStateException(name + ": nums has length " + nums.length);
        }
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] < -MAX_VALUE || nums[i] > MAX_VALUE) {
                throw new IllegalStateException(name + ": nums[" + i + "] = " + nums[i]);
            }
        }
        if (k < 1 || k > nums.length) {
            throw new IllegalStateException(name + ": k = " + k + " with n = " + nums.length);
        }
        int[] expected = maxSlidingWindow(nums, k);
        if ((long) nums.length * k <= 10_000_000L) {
            int[] slow = bruteForce(nums, k);
            if (!java.util.Arrays.equals(slow, expected)) {
                throw new IllegalStateException(name + ": reference and brute force differ");
            }
        }
        out.add(name, expected, nums, k);
    }

    static int[] randomArray(Random rnd, int n, int min, int max) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = min + rnd.nextInt(max - min + 1);
        }
        return a;
    }

    // ---------------------------------------------------------------- answers

    /** Copy of reference/Solution.java: a monotonic deque of indices in an int array. */
    static int[] maxSlidingWindow(int[] nums, int k) {
        int n = nums.length;
        int[] result = new int[n - k + 1];
        int[] deque = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            while (tail > head && nums[deque[tail - 1]] <= nums[i]) {
                tail--;
            }
            deque[tail++] = i;
            if (deque[head] <= i - k) {
                head++;
            }
            if (i >= k - 1) {
                result[i - k + 1] = nums[deque[head]];
            }
        }
        return result;
    }

    /** Independent check: the maximum of every window, looked up element by element. */
    static int[] bruteForce(int[] nums, int k) {
        int[] result = new int[nums.length - k + 1];
        for (int i = 0; i < result.length; i++) {
            int max = nums[i];
            for (int j = i + 1; j < i + k; j++) {
                max = Math.max(max, nums[j]);
            }
            result[i] = max;
        }
        return result;
    }
}
