/*
 * Writes the hidden tests of 55. Jump Game: tests/hidden/*.json.
 *
 * Run from the judge's folder, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0055-jump-game/generator/GenerateTests.java problems/0055-jump-game
 *
 * Deterministic (java.util.Random with literal seeds, fixed order): two runs give byte-identical files,
 * which are committed with this program. Expected answers come from a copy of the reference (greedy
 * reach) and are checked on every test against an independent backward scan (the leftmost index known to
 * reach the end). Each input is checked against the constraints (1 <= n <= 10^4, 0 <= nums[i] <= 10^5).
 *
 * The groups, and why each exists:
 *   01-boundaries.json  n = 1 with 0 and 10^5, n = 10^4 of zeros and of 10^5, n = 2.
 *   02-tricky.json      a zero that can be jumped over (rejects "any zero blocks"), a zero only at the
 *                       last index (harmless), a longest jump that lands on a zero while a shorter one
 *                       succeeds (rejects always taking the longest jump), reach exactly to the last index.
 *   03-random.json      random arrays with small values and zeros, reachable and not.
 *   04-max.json         n = 10^4: large values before a wall of zeros (a search that tries every jump
 *                       length from every index without remembering failures explores exponentially many
 *                       routes), ones all the way, a single far jump.
 */

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 10_000;
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
        add(out, "n1-max", MAX_V);
        add(out, "n2-zero-first", 0, 5);
        add(out, "n2-one-first", 1, 0);
        add(out, "max-n-all-zeros", fill(MAX_N, 0));
        add(out, "max-n-all-max", fill(MAX_N, MAX_V));
        int[] oneJump = fill(MAX_N, 0);
        oneJump[0] = MAX_N - 1;
        add(out, "max-n-one-exact-jump", oneJump);
    }

    static void tricky(TestWriter.Group out) {
        add(out, "zero-jumped-over", 2, 0, 0);
        add(out, "zero-jumped-over-longer", 3, 0, 0, 1, 0);
        add(out, "zero-only-at-end", 1, 1, 1, 0);
        add(out, "far-jump-still-short", 2, 5, 0, 0, 0, 0, 0, 1);
        add(out, "all-routes-end-at-zeros", 3, 1, 1, 0, 0, 1);
        add(out, "shorter-jump-needed", 2, 3, 0, 0, 1);
        add(out, "shorter-jump-needed-longer", 4, 2, 0, 3, 0, 0, 0, 1);
        add(out, "reach-exactly-last", 1, 2, 0, 1);
        add(out, "one-short-of-last", 1, 1, 0, 1);
        add(out, "stuck-before-end", 1, 1, 1, 0, 0, 1);
        add(out, "big-jump-past-end", 1, 0, 9);
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(3001);
        int[][] shapes = {{5, 2}, {8, 3}, {10, 2}, {20, 3}, {50, 2}, {100, 4}, {500, 3}, {2000, 2}};
        int index = 0;
        for (int[] shape : shapes) {
            for (int round = 0; round < 2; round++) {
                int[] a = new int[shape[0]];
                for (int i = 0; i < a.length; i++) {
                    a[i] = rnd.nextInt(shape[1] + 1);
                }
                add(out, String.format("random-%02d-n%d-up-to-%d", ++index, shape[0], shape[1]), a);
            }
        }
    }

    static void max(TestWriter.Group out) {
        int[] wall = new int[MAX_N];
        int half = MAX_N / 2;
        for (int i = 0; i < half; i++) {
            wall[i] = half - i;
        }
        wall[MAX_N - 1] = 1;
        add(out, "max-jumps-end-at-a-wall-of-zeros", wall);
        int[] decreasing = new int[MAX_N];
        for (int i = 0; i < MAX_N - 1; i++) {
            decreasing[i] = MAX_N - 2 - i;
        }
        decreasing[MAX_N - 1] = 5;
        add(out, "max-every-jump-lands-before-last", decreasing);
        add(out, "max-ones", fill(MAX_N, 1));
        int[] ones = fill(MAX_N, 1);
        ones[MAX_N - 2] = 0;
        add(out, "max-ones-zero-before-last", ones);
        Random rnd = new Random(4001);
        int[] wide = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            wide[i] = rnd.nextInt(3);
        }
        add(out, "max-random-small", wide);
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
        boolean expected = canJump(nums);
        if (backward(nums) != expected) {
            throw new IllegalStateException(name + ": reference and the backward scan disagree");
        }
        out.add(name, expected, nums);
    }

    /** Copy of reference/Solution.java: greedy reach. */
    static boolean canJump(int[] nums) {
        int reach = 0;
        for (int i = 0; i < nums.length && i <= reach; i++) {
            reach = Math.max(reach, i + nums[i]);
        }
        return reach >= nums.length - 1;
    }

    /** Independent: from the end, the leftmost index from which the last index is known reachable. */
    static boolean backward(int[] nums) {
        int good = nums.length - 1;
        for (int i = nums.length - 2; i >= 0; i--) {
            if ((long) i + nums[i] >= good) {
                good = i;
            }
        }
        return good == 0;
    }
}
