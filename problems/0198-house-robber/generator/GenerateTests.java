/*
 * Writes the hidden tests of 198. House Robber: tests/hidden/*.json.
 *
 * Run from the judge's folder, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0198-house-robber/generator/GenerateTests.java problems/0198-house-robber
 *
 * Deterministic (java.util.Random with literal seeds, fixed order): two runs give byte-identical files,
 * which are committed with this program. Expected answers come from a copy of the reference (take / skip
 * in one pass) and are checked against an independent table, best[i] = max(best[i - 1], best[i - 2] +
 * nums[i]), on every test, and against every subset without neighbours for n <= 20. Each input is checked
 * against the constraints (1 <= n <= 100, 0 <= nums[i] <= 400).
 *
 * The groups, and why each exists:
 *   01-boundaries.json  n = 1 (rejects reading nums[1] unguarded), n = 2, all zeros, all 400, n = 100.
 *   02-tricky.json      two skipped houses in a row paying off (rejects "even or odd positions"), a large
 *                       house beside two medium ones (rejects taking the largest house greedily), the
 *                       better of the first two houses (rejects best[1] = nums[1]).
 *   03-random.json      random rows of several lengths.
 *   04-max.json         n = 100: a recursion without memory makes about 1.6^100 calls on any of them.
 */

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 100;
    static final int MAX_V = 400;

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
        add(out, "n1-zero", 0);
        add(out, "n1-max", MAX_V);
        add(out, "n2-first-larger", 9, 3);
        add(out, "n2-second-larger", 3, 9);
        add(out, "all-zeros", 0, 0, 0, 0, 0);
        add(out, "max-n-all-max", fill(MAX_N, MAX_V));
        add(out, "max-n-all-zeros", fill(MAX_N, 0));
    }

    static void tricky(TestWriter.Group out) {
        add(out, "skip-two-in-a-row", 2, 1, 1, 2);
        add(out, "skip-two-in-a-row-longer", 5, 1, 1, 5, 1, 1, 5);
        add(out, "parity-mixed", 1, 3, 1, 1, 3, 1);
        add(out, "largest-between-two-medium", 6, 10, 6);
        add(out, "largest-between-two-medium-longer", 1, 300, 400, 300, 1);
        add(out, "first-of-two-larger-then-more", 5, 1, 1, 5);
        add(out, "first-larger-n3", 9, 1, 1);
        add(out, "zeros-between", 0, 5, 0, 0, 5, 0);
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(3001);
        int[][] shapes = {{3, 10}, {5, 400}, {8, 3}, {12, 400}, {16, 50}, {20, 400}, {40, 400}, {70, 10}};
        int index = 0;
        for (int[] shape : shapes) {
            int[] a = new int[shape[0]];
            for (int i = 0; i < a.length; i++) {
                a[i] = rnd.nextInt(shape[1] + 1);
            }
            add(out, String.format("random-%02d-n%d-up-to-%d", ++index, shape[0], shape[1]), a);
        }
    }

    static void max(TestWriter.Group out) {
        Random rnd = new Random(4001);
        int[] wide = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            wide[i] = rnd.nextInt(MAX_V + 1);
        }
        add(out, "max-random", wide);
        int[] pattern = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            pattern[i] = i % 3 == 0 ? MAX_V : MAX_V - 1;
        }
        add(out, "max-pattern-two-skips-pay", pattern);
        int[] rising = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            rising[i] = 4 * i;
        }
        add(out, "max-rising", rising);
    }

    // ---------------------------------------------------------------- building tests

    static int[] fill(int n, int value) {
        int[] a = new int[n];
        Arrays.fill(a, value);
        return a;
    }

    static void add(TestWriter.Group out, String name, int... nums) {
        if (nums.length < 1 || nums.length > MAX_N) {
            throw new IllegalStateException(name + ": n = " + nums.length);
        }
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] < 0 || nums[i] > MAX_V) {
                throw new IllegalStateException(name + ": nums[" + i + "] = " + nums[i]);
            }
        }
        int expected = rob(nums);
        if (table(nums) != expected || (nums.length <= 20 && subsets(nums) != expected)) {
            throw new IllegalStateException(name + ": reference and the independent answers disagree");
        }
        out.add(name, expected, nums);
    }

    /** Copy of reference/Solution.java. */
    static int rob(int[] nums) {
        int take = 0, skip = 0;
        for (int x : nums) {
            int newTake = skip + x;
            skip = Math.max(take, skip);
            take = newTake;
        }
        return Math.max(take, skip);
    }

    /** Independent: best[i] over the first i houses. */
    static int table(int[] nums) {
        int[] best = new int[nums.length + 1];
        best[1] = nums[0];
        for (int i = 2; i <= nums.length; i++) {
            best[i] = Math.max(best[i - 1], best[i - 2] + nums[i - 1]);
        }
        return best[nums.length];
    }

    /** Independent: every set of houses without two neighbours. */
    static int subsets(int[] nums) {
        int best = 0;
        for (int mask = 0; mask < (1 << nums.length); mask++) {
            if ((mask & (mask >> 1)) != 0) {
                continue;
            }
            int sum = 0;
            for (int i = 0; i < nums.length; i++) {
                if ((mask >> i & 1) != 0) {
                    sum += nums[i];
                }
            }
            best = Math.max(best, sum);
        }
        return best;
    }
}
