/*
 * Writes the hidden tests of 2962. Count Subarrays Where Max Element Appears at Least K Times:
 * tests/hidden/*.json.
 *
 * Run from the repository root, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes \
 *         problems/2962-count-subarrays-where-max-element-appears-at-least-k-times/generator/GenerateTests.java \
 *         problems/2962-count-subarrays-where-max-element-appears-at-least-k-times
 *
 * Deterministic (java.util.Random with literal seeds, fixed order): two runs give byte-identical files.
 * Expected answers come from this program's copy of the reference (sliding window); every test with
 * n <= 3000 is also checked against a brute force over all subarrays. Every input is checked against the
 * constraints (1 <= n <= 10^5, 1 <= nums[i] <= 10^6, 1 <= k <= 10^5).
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  n = 1 with the smallest and largest values, k = 1 and k = 10^5, k above n,
 *                       k equal to the number of copies of the maximum (one subarray family left), all
 *                       elements equal.
 *   02-tricky.json      A smaller value repeated k times but the maximum not (counting each window's own
 *                       maximum instead of the array's), k copies exactly at both ends, the maximum only
 *                       once, every element the maximum but one, strictly more than k copies needed to be
 *                       told from at least k.
 *   03-random.json      Small random arrays over a few values (many copies of the maximum) for k = 1..5,
 *                       and medium ones.
 *   04-max.json         n = 10^5: all equal with k = 1 (5,000,050,000 subarrays: overflows an int counter),
 *                       all equal with k = 10^5 (exactly one), the maximum rarer than k (0 subarrays, and
 *                       every start of a quadratic scan walks to the end), the maximum every other element,
 *                       random values with a planted maximum.
 */

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 100_000;
    static final int MAX_V = 1_000_000;
    static final int MAX_K = 100_000;

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
        add(out, "n1-smallest-value-k-1", new int[] {1}, 1);
        add(out, "n1-largest-value-k-1", new int[] {MAX_V}, 1);
        add(out, "n1-k-2", new int[] {5}, 2);
        add(out, "n1-k-max", new int[] {MAX_V}, MAX_K);
        add(out, "k-above-n", new int[] {3, 3, 3}, 4);
        add(out, "k-equals-copies", new int[] {1, 9, 2, 9, 3, 9, 4}, 3);
        add(out, "k-one-more-than-copies", new int[] {1, 9, 2, 9, 3, 9, 4}, 4);
        add(out, "all-equal-k-1", new int[] {4, 4, 4, 4, 4}, 1);
        add(out, "all-equal-k-n", new int[] {4, 4, 4, 4, 4}, 5);
        add(out, "two-values-both-bounds", new int[] {1, MAX_V}, 1);
        add(out, "two-values-max-first", new int[] {MAX_V, 1}, 1);
    }

    static void tricky(TestWriter.Group out) {
        add(out, "smaller-value-repeated-max-once", new int[] {1, 1, 3}, 2);
        add(out, "smaller-value-repeated-often", new int[] {2, 2, 2, 2, 5, 2, 2, 2}, 3);
        add(out, "copies-at-both-ends", new int[] {8, 1, 2, 3, 8}, 2);
        add(out, "max-only-once-in-the-middle", new int[] {1, 2, 9, 2, 1}, 1);
        add(out, "max-only-once-k-2", new int[] {1, 2, 9, 2, 1}, 2);
        add(out, "all-max-but-one", new int[] {6, 6, 6, 1, 6, 6}, 4);
        add(out, "exactly-k-copies-no-more", new int[] {5, 1, 5, 1, 5}, 3);
        add(out, "copies-adjacent", new int[] {1, 1, 7, 7, 7, 1, 1}, 2);
        add(out, "max-at-start-k-1", new int[] {9, 1, 1, 1, 1}, 1);
        add(out, "max-at-end-k-1", new int[] {1, 1, 1, 1, 9}, 1);
        add(out, "second-largest-everywhere", new int[] {8, 8, 8, 8, 9, 8, 8, 8, 8}, 1);
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(2962_03);
        for (int i = 1; i <= 15; i++) {
            int n = 1 + rnd.nextInt(i <= 10 ? 12 : 60);
            int values = 1 + rnd.nextInt(4);
            add(out, String.format("random-small-%02d", i), randomArray(rnd, n, values), 1 + rnd.nextInt(5));
        }
        Random mid = new Random(2962_13);
        add(out, "random-medium-three-values-k-10", randomArray(mid, 3000, 3), 10);
        add(out, "random-medium-wide-values-k-1", randomArray(mid, 3000, MAX_V), 1);
        add(out, "random-medium-two-values-k-500", randomArray(mid, 3000, 2), 500);
    }

    static void max(TestWriter.Group out) {
        add(out, "max-all-equal-k-1", filled(MAX_N, MAX_V), 1);
        add(out, "max-all-equal-k-max", filled(MAX_N, 7), MAX_K);
        // Fewer than k copies of the maximum: no subarray counts, and a scan from every start reads to the end.
        int[] rare = randomArray(new Random(2962_41), MAX_N, MAX_V - 1);
        for (int i = 0; i < 10; i++) {
            rare[(i * 9973) % MAX_N] = MAX_V;
        }
        add(out, "max-max-rare-k-max", rare, MAX_K);
        int[] alternating = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            alternating[i] = i % 2 == 0 ? MAX_V : 1;
        }
        add(out, "max-max-every-other-k-half", alternating, MAX_N / 4);
        add(out, "max-max-every-other-k-1", alternating, 1);
        int[] planted = randomArray(new Random(2962_42), MAX_N, MAX_V - 1);
        Random where = new Random(2962_43);
        for (int i = 0; i < 2000; i++) {
            planted[where.nextInt(MAX_N)] = MAX_V;
        }
        add(out, "max-random-planted-max-k-100", planted, 100);
        add(out, "max-random-few-values-k-3", randomArray(new Random(2962_44), MAX_N, 5), 3);
    }

    // ---------------------------------------------------------------- building inputs

    /** n values from 1..values, so that few values mean many copies of the maximum. */
    static int[] randomArray(Random rnd, int n, int values) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = 1 + rnd.nextInt(values);
        }
        return a;
    }

    static int[] filled(int n, int value) {
        int[] a = new int[n];
        Arrays.fill(a, value);
        return a;
    }

    static void add(TestWriter.Group out, String name, int[] nums, int k) {
        if (nums.length < 1 || nums.length > MAX_N || k < 1 || k > MAX_K) {
            throw new IllegalStateException(name + ": n = " + nums.length + ", k = " + k);
        }
        for (int x : nums) {
            if (x < 1 || x > MAX_V) {
                throw new IllegalStateException(name + ": value " + x);
            }
        }
        long expected = countSubarrays(nums, k);
        if (nums.length <= 3000 && expected != bruteForce(nums, k)) {
            throw new IllegalStateException(name + ": reference and brute force disagree");
        }
        out.add(name, expected, nums, k);
    }

    // ---------------------------------------------------------------- answers

    /** Copy of reference/Solution.java: a window that keeps fewer than k copies of the maximum. */
    static long countSubarrays(int[] nums, int k) {
        int max = 0;
        for (int x : nums) {
            max = Math.max(max, x);
        }
        long count = 0;
        int inWindow = 0;
        int left = 0;
        for (int right = 0; right < nums.length; right++) {
            if (nums[right] == max) {
                inWindow++;
            }
            while (inWindow >= k) {
                if (nums[left] == max) {
                    inWindow--;
                }
                left++;
            }
            count += left;
        }
        return count;
    }

    /** Independent check: every subarray, counting the copies of the maximum in it. */
    static long bruteForce(int[] nums, int k) {
        int max = Arrays.stream(nums).max().getAsInt();
        long count = 0;
        for (int i = 0; i < nums.length; i++) {
            int copies = 0;
            for (int j = i; j < nums.length; j++) {
                copies += nums[j] == max ? 1 : 0;
                count += copies >= k ? 1 : 0;
            }
        }
        return count;
    }
}
