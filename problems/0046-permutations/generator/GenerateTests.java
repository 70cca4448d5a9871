/*
 * Writes the hidden tests of 46. Permutations: tests/hidden/*.json.
 *
 * Run from the judge's folder, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0046-permutations/generator/GenerateTests.java problems/0046-permutations
 *
 * Deterministic (java.util.Random with literal seeds, fixed order): two runs give byte-identical files,
 * which are committed with this program. Expected answers come from a copy of the reference (backtracking
 * with a used flag per position) and are checked on every test: n! lists, all different, each an ordering
 * of nums. The checker is "unordered": the permutations may come in any order. Each input is checked
 * against the constraints (1 <= n <= 6, distinct values in -10..10).
 *
 * No slow submission: with n <= 6 there are at most 720 permutations, and even generating all n^n
 * sequences and keeping the permutations (46,656 for n = 6) is instant.
 *
 * The groups, and why each exists:
 *   01-boundaries.json  n = 1, n = 6, the values -10 and 10, negative values and 0.
 *   02-tricky.json      orders that a swap-based search without swapping back repeats or misses (n = 3, 4),
 *                       values listed unsorted (rejects assuming sorted input).
 *   03-random.json      random distinct values for every n.
 */

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import judge.authoring.TestWriter;

public class GenerateTests {

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "nums");
        TestWriter.Group b = out.group("01-boundaries.json");
        add(b, "n1-min", -10);
        add(b, "n1-max", 10);
        add(b, "n1-zero", 0);
        add(b, "n6-extremes", -10, 10, 0, 5, -5, 1);
        add(b, "n6-consecutive", 1, 2, 3, 4, 5, 6);
        add(b, "n2-negative", -3, -7);
        TestWriter.Group t = out.group("02-tricky.json");
        add(t, "n3-unsorted", 3, 1, 2);
        add(t, "n4-swaps-need-undoing", 1, 2, 3, 4);
        add(t, "n4-descending", 9, 5, 0, -4);
        add(t, "n5-mixed-signs", -1, 4, -9, 2, 0);
        TestWriter.Group r = out.group("03-random.json");
        Random rnd = new Random(3001);
        int index = 0;
        for (int n = 1; n <= 6; n++) {
            List<Integer> pool = new ArrayList<>();
            for (int v = -10; v <= 10; v++) {
                pool.add(v);
            }
            java.util.Collections.shuffle(pool, rnd);
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = pool.get(i);
            }
            add(r, String.format("random-%02d-n%d", ++index, n), a);
        }
        out.write();
    }

    static void add(TestWriter.Group out, String name, int... nums) {
        Set<Integer> distinct = new HashSet<>();
        for (int v : nums) {
            if (v < -10 || v > 10 || !distinct.add(v)) {
                throw new IllegalStateException(name + ": value " + v);
            }
        }
        if (nums.length < 1 || nums.length > 6) {
            throw new IllegalStateException(name + ": n = " + nums.length);
        }
        List<List<Integer>> expected = permute(nums);
        int factorial = 1;
        for (int i = 2; i <= nums.length; i++) {
            factorial *= i;
        }
        Set<List<Integer>> all = new HashSet<>(expected);
        List<Integer> sortedNums = new ArrayList<>(distinct);
        java.util.Collections.sort(sortedNums);
        for (List<Integer> p : expected) {
            List<Integer> s = new ArrayList<>(p);
            java.util.Collections.sort(s);
            if (!s.equals(sortedNums)) {
                throw new IllegalStateException(name + ": " + p + " is not an ordering of nums");
            }
        }
        if (expected.size() != factorial || all.size() != factorial) {
            throw new IllegalStateException(name + ": expected " + factorial + " different permutations");
        }
        out.add(name, expected, nums);
    }

    /** Copy of reference/Solution.java: backtracking with a used flag per position. */
    static List<List<Integer>> permute(int[] nums) {
        List<List<Integer>> out = new ArrayList<>();
        fill(nums, new boolean[nums.length], new ArrayList<>(), out);
        return out;
    }

    static void fill(int[] nums, boolean[] used, List<Integer> current, List<List<Integer>> out) {
        if (current.size() == nums.length) {
            out.add(new ArrayList<>(current));
            return;
        }
        for (int i = 0; i < nums.length; i++) {
            if (!used[i]) {
                used[i] = true;
                current.add(nums[i]);
                fill(nums, used, current, out);
                current.remove(current.size() - 1);
                used[i] = false;
            }
        }
    }
}
