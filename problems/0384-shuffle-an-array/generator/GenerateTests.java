/*
 * Writes the hidden tests of 384. Shuffle an Array: tests/hidden/*.json.
 *
 * Run from the repository root, with the judge built:
 *
 *     java -cp target/classes problems/0384-shuffle-an-array/generator/GenerateTests.java problems/0384-shuffle-an-array
 *
 * A test is a design problem's two lines: the operations ("Solution" first, then "reset" and "shuffle") and
 * their arguments (the array, then nothing). The answers are random, so the checker (checker/ShuffleChecker)
 * judges them from the input alone; the stored "expected" is one possible run, drawn here by Fisher-Yates from
 * java.util.Random with a literal seed, so the files are rebuilt byte for byte. Every test is checked against
 * the constraints: 1 <= nums.length <= 50, -10^6 <= nums[i] <= 10^6, all distinct, 1 to 5 * 10^4 calls,
 * calls × nums.length <= 5 * 10^5 (checker/NumbersReturnedInAll).
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  one call; one element (its only shuffle is itself); two elements; 50 elements holding
 *                       -10^6 and 10^6.
 *   02-tricky.json      reset before any shuffle, reset after several shuffles and twice in a row (a solution
 *                       that shuffles its only copy, or returns its working array and changes it later, fails
 *                       here); negative values; an array that is not sorted (a solution that sorts for reset).
 *   03-uniformity.json  the statistical tests: only shuffles, at least 20000 of them (the checker's rule for
 *                       testing uniformity): 5 * 10^4 on 3 elements, 3 * 10^4 on 4 and 5 (all n! orders
 *                       counted), 2 * 10^4 on 10 and 20 elements (each value's landing index counted). Five tests at a false-reject rate of
 *                       1e-7 each: a fair shuffle fails a submission with probability below 5e-7. The naive
 *                       "swap with any index" fails each of them (docs/authoring.md gives its margins).
 *   04-max.json         5 * 10^4 calls mixing shuffles and resets on 8 elements, and 2000 calls on 50 elements
 *                       (a shuffle that redraws until its picks are distinct never finishes at n = 50).
 */

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import judge.authoring.TestWriter;

public class GenerateTests {
    static final int MAX_N = 50;
    static final int MAX_VALUE = 1_000_000;
    static final int MAX_CALLS = 50_000;
    static final long MAX_NUMBERS = 500_000;

    public static void main(String[] args) {
        TestWriter out = new TestWriter(Path.of(args[0]), "operations", "arguments");
        Random random = new Random(384);

        TestWriter.Group b = out.group("01-boundaries.json");
        add(b, "one-call", new int[] {7}, "reset", random);
        add(b, "one-element-shuffles", new int[] {-MAX_VALUE}, "shuffle shuffle reset shuffle", random);
        add(b, "two-elements", new int[] {MAX_VALUE, -MAX_VALUE}, "shuffle shuffle shuffle reset shuffle reset",
                random);
        int[] fifty = distinct(MAX_N, random);
        fifty[0] = -MAX_VALUE;
        fifty[MAX_N - 1] = MAX_VALUE;
        add(b, "fifty-elements-extremes", fifty, "shuffle reset shuffle shuffle reset shuffle", random);

        TestWriter.Group t = out.group("02-tricky.json");
        add(t, "reset-before-any-shuffle", new int[] {3, 1, 2}, "reset shuffle reset", random);
        add(t, "resets-after-shuffles", new int[] {5, -4, 9, 0, 2}, "shuffle shuffle shuffle reset reset shuffle"
                + " reset shuffle shuffle reset", random);
        add(t, "negative-unsorted", new int[] {-3, -999999, 17, -42, 0, 8}, "shuffle reset shuffle reset", random);
        add(t, "alternating", distinct(12, random), repeat("shuffle reset ", 200), random);

        TestWriter.Group u = out.group("03-uniformity.json");
        add(u, "uniform-3-elements", new int[] {1, 2, 3}, repeat("shuffle ", MAX_CALLS), random);
        add(u, "uniform-4-elements", new int[] {-5, 0, 5, 10}, repeat("shuffle ", 30_000), random);
        add(u, "uniform-5-elements", new int[] {9, 4, 7, 1, 3}, repeat("shuffle ", 30_000), random);
        add(u, "uniform-10-elements", range(10), repeat("shuffle ", 20_000), random);
        add(u, "uniform-20-elements", range(20), repeat("shuffle ", 20_000), random);

        TestWriter.Group m = out.group("04-max.json");
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < MAX_CALLS; i++) {
            mixed.append(random.nextInt(4) == 0 ? "reset " : "shuffle ");
        }
        add(m, "max-calls-mixed", new int[] {6, -2, 8, 0, 3, -7, 5, 1}, mixed.toString(), random);
        add(m, "max-length-many-calls", distinct(MAX_N, random), repeat("shuffle shuffle shuffle reset ", 500),
                random);
        out.write();
    }

    /** One test: the constructor on {@code nums}, then the calls named in {@code calls}; the answer one run. */
    static void add(TestWriter.Group g, String name, int[] nums, String calls, Random random) {
        String[] names = calls.trim().split(" +");
        check(nums, names.length);
        List<String> ops = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        List<Object> expected = new ArrayList<>();
        ops.add("Solution");
        arguments.add(List.of(nums.clone()));
        expected.add(null);
        for (String call : names) {
            ops.add(call);
            arguments.add(List.of());
            expected.add(call.equals("reset") ? nums.clone() : shuffled(nums, random));
        }
        g.add(name, expected, ops, arguments);
    }

    static int[] shuffled(int[] nums, Random random) {
        int[] a = nums.clone();
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
        int[] x = a.clone();
        int[] y = nums.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        if (!Arrays.equals(x, y)) {
            throw new IllegalStateException("not a permutation");
        }
        return a;
    }

    static void check(int[] nums, int calls) {
        if (nums.length < 1 || nums.length > MAX_N || calls < 1 || calls > MAX_CALLS
                || (long) calls * nums.length > MAX_NUMBERS) {
            throw new IllegalStateException(nums.length + " elements, " + calls + " calls");
        }
        Set<Integer> seen = new HashSet<>();
        for (int x : nums) {
            if (x < -MAX_VALUE || x > MAX_VALUE || !seen.add(x)) {
                throw new IllegalStateException("bad value " + x);
            }
        }
    }

    static int[] distinct(int n, Random random) {
        Set<Integer> seen = new HashSet<>();
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            int x;
            do {
                x = random.nextInt(2 * MAX_VALUE + 1) - MAX_VALUE;
            } while (!seen.add(x));
            a[i] = x;
        }
        return a;
    }

    static int[] range(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i + 1;
        }
        return a;
    }

    static String repeat(String s, int times) {
        return s.repeat(times);
    }
}
