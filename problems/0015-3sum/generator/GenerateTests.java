/*
 * Writes the hidden tests of 15. 3Sum: tests/hidden/*.json.
 *
 * Run from the judge's folder, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0015-3sum/generator/GenerateTests.java problems/0015-3sum
 *
 * Deterministic (java.util.Random with literal seeds, fixed order): two runs give byte-identical files,
 * which are committed with this program. Expected answers come from a copy of the reference (sort and two
 * pointers), each triplet in ascending order and the triplets in the order found; the checker accepts any
 * order. Every test is checked against an independent answer: every pair, with the third value looked up
 * in a count of the values. Each input is checked against the constraints (3 <= n <= 3000,
 * -10^5 <= nums[i] <= 10^5).
 *
 * The groups, and why each exists:
 *   01-boundaries.json  n = 3 with and without an answer, the values -10^5 and 10^5, n = 3000 of one value.
 *   02-tricky.json      repeated values around a triplet (rejects not skipping duplicates at either
 *                       pointer), a triplet that needs a value twice (rejects skipping the first of equal
 *                       values, which loses it), [0,0,0] (rejects stopping at the first value >= 0), zero
 *                       twice but not three times, a triplet that would reuse one position.
 *   03-random.json      random arrays of small values (many repeats) and of the full range.
 *   04-max.json         n = 3000: all zeros (one triplet; n^3 / 6 = 4.5 * 10^9 triples for a triple
 *                       loop), values in -50..50 (thousands of repeats of each triplet for a search that
 *                       does not skip them), the full range (about 17,000 triplets), and thirds of -1, 0, 1.
 */

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 3000;
    static final int MAX_V = 100_000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "nums");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    static void boundaries(TestWriter.Group out) {
        add(out, "n3-no-triplet", 1, 2, -4);
        add(out, "n3-extremes", -MAX_V, 0, MAX_V);
        add(out, "n3-min-and-two-halves", 50_000, -MAX_V, 50_000);
        add(out, "n3-all-max", MAX_V, MAX_V, MAX_V);
        add(out, "n3-all-min", -MAX_V, -MAX_V, -MAX_V);
        add(out, "max-n-all-max", fill(MAX_N, MAX_V));
        add(out, "max-n-all-min", fill(MAX_N, -MAX_V));
    }

    static void tricky(TestWriter.Group out) {
        add(out, "repeats-at-both-pointers", -2, 0, 0, 2, 2);
        add(out, "repeats-at-both-pointers-longer", -3, -3, 1, 1, 1, 2, 2, 2);
        add(out, "needs-first-of-two-equal", -1, -1, 2);
        add(out, "needs-first-of-two-equal-among-others", -1, 0, 1, 2, -1, -4);
        add(out, "needs-two-equal-largest", -4, 2, 2, 2);
        add(out, "zeros-only-four", 0, 0, 0, 0);
        add(out, "three-zeros-and-others", 0, 0, 0, 5, -5);
        add(out, "two-zeros-not-three", 0, 0, 1, -1);
        add(out, "one-position-not-twice", 3, -6, 1);
        add(out, "value-needed-twice-present-once", -2, 1, 3);
        add(out, "all-positive-but-one-zero", 0, 1, 2, 3);
        add(out, "many-distinct-triplets", -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5);
        add(out, "repeated-negatives", -1, -1, -1, -1, 2, 2, 0, 1);
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(3001);
        int[][] shapes = {{5, 3}, {8, 5}, {12, 5}, {20, 10}, {40, 20}, {100, 50}, {300, 1000}, {1000, MAX_V}, {2000, 200}};
        int index = 0;
        for (int[] shape : shapes) {
            int n = Math.max(3, shape[0] - rnd.nextInt(3));
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = -shape[1] + rnd.nextInt(2 * shape[1] + 1);
            }
            add(out, String.format("random-%02d-n%d-within-%d", ++index, n, shape[1]), a);
        }
    }

    static void max(TestWriter.Group out) {
        add(out, "max-all-zeros", fill(MAX_N, 0));
        Random rnd = new Random(4001);
        int[] small = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            small[i] = -50 + rnd.nextInt(101);
        }
        add(out, "max-values-within-50", small);
        int[] wide = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            wide[i] = -MAX_V + rnd.nextInt(2 * MAX_V + 1);
        }
        add(out, "max-full-range", wide);
        int[] thirds = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            thirds[i] = i % 3 - 1;
        }
        add(out, "max-thirds-of-minus-one-zero-one", thirds);
        int[] pairsOnly = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            pairsOnly[i] = (i % 2 == 0 ? 1 : -1) * (2 * (i / 2) + 1);
        }
        add(out, "max-odd-values-no-triplet", pairsOnly);
    }

    // ---------------------------------------------------------------- building tests

    static int[] fill(int n, int value) {
        int[] a = new int[n];
        Arrays.fill(a, value);
        return a;
    }

    static void add(TestWriter.Group out, String name, int... nums) {
        if (nums.length < 3 || nums.length > MAX_N) {
            throw new IllegalStateException(name + ": n = " + nums.length);
        }
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] < -MAX_V || nums[i] > MAX_V) {
                throw new IllegalStateException(name + ": nums[" + i + "] = " + nums[i]);
            }
        }
        List<List<Integer>> expected = threeSum(nums);
        Set<List<Integer>> mine = new HashSet<>(expected);
        if (mine.size() != expected.size() || !mine.equals(everyPair(nums))) {
            throw new IllegalStateException(name + ": reference and the pair search disagree");
        }
        out.add(name, expected, nums);
    }

    /** Copy of reference/Solution.java: sort, fix the smallest, two pointers, skip duplicates. */
    static List<List<Integer>> threeSum(int[] nums) {
        int[] a = nums.clone();
        Arrays.sort(a);
        List<List<Integer>> out = new ArrayList<>();
        int n = a.length;
        for (int i = 0; i < n - 2 && a[i] <= 0; i++) {
            if (i > 0 && a[i] == a[i - 1]) {
                continue;
            }
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int sum = a[i] + a[lo] + a[hi];
                if (sum < 0) {
                    lo++;
                } else if (sum > 0) {
                    hi--;
                } else {
                    out.add(List.of(a[i], a[lo], a[hi]));
                    while (lo < hi && a[lo] == a[lo + 1]) {
                        lo++;
                    }
                    while (lo < hi && a[hi] == a[hi - 1]) {
                        hi--;
                    }
                    lo++;
                    hi--;
                }
            }
        }
        return out;
    }

    /** Independent: every pair of values, the third looked up among the values left. */
    static Set<List<Integer>> everyPair(int[] nums) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int v : nums) {
            count.merge(v, 1, Integer::sum);
        }
        Integer[] values = count.keySet().toArray(new Integer[0]);
        Set<List<Integer>> found = new HashSet<>();
        for (int x : values) {
            for (int y : values) {
                int z = -x - y;
                if (x > y || y > z || !count.containsKey(z)) {
                    continue;
                }
                int needX = x == y ? (y == z ? 3 : 2) : 1;
                int needZ = y == z && x != y ? 2 : 1;
                if (count.get(x) >= needX && count.get(z) >= needZ) {
                    found.add(List.of(x, y, z));
                }
            }
        }
        return found;
    }
}
