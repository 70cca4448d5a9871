/*
 * Writes the hidden tests of 136. Single Number: tests/hidden/*.json.
 *
 * Run from the judge's folder, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0136-single-number/generator/GenerateTests.java problems/0136-single-number
 *
 * Deterministic (java.util.Random with literal seeds, fixed order): two runs give byte-identical files,
 * which are committed with this program. Expected answers come from a copy of the reference (XOR) and
 * are checked on every test by counting the values. Each input is checked against the constraints and the
 * validator's rule (n odd, at most 3 * 10^4 - 1, values in -3 * 10^4..3 * 10^4, all paired but one).
 *
 * n is odd, so the declared maximum length 3 * 10^4 cannot occur; verify warns that the length bound is not
 * reached (29,999 is the largest). The property phase still falsifies the wrong submissions, from the
 * small arrays that keep the rule "all paired but one" ([x] alone, [x,y,x]).
 *
 * Slow submissions: Python's count of every value with a double loop (about n^2 / 2 = 4.5 * 10^8 steps).
 * The same in Java takes about a third of a second at n = 3 * 10^4, inside the 1 s floor: not slow enough.
 *
 * The groups, and why each exists:
 *   01-boundaries.json  n = 1 with -30000, 0 and 30000; the single value at either extreme among pairs.
 *   02-tricky.json      the single value largest, after sorting last (rejects a pair scan that never looks
 *                       at the last element), pairs not next to each other (rejects comparing neighbours
 *                       without sorting), negative values (rejects counting in an array indexed by value).
 *   03-random.json      random pairs in random order.
 *   04-max.json         n = 29,999 with the single value last, first, in the middle, negative.
 */

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 29_999;
    static final int MAX_V = 30_000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "nums");
        TestWriter.Group b = out.group("01-boundaries.json");
        add(b, "n1-min", -MAX_V);
        add(b, "n1-zero", 0);
        add(b, "n1-max", MAX_V);
        add(b, "single-min-among-pairs", 5, -MAX_V, 5);
        add(b, "single-max-among-pairs", MAX_V, -MAX_V, -MAX_V);
        TestWriter.Group t = out.group("02-tricky.json");
        add(t, "single-largest-unsorted", 3, 1, 3, 1, 9);
        add(t, "single-largest-sorted-last", 1, 1, 2, 2, 7);
        add(t, "pairs-apart", 1, 2, 1);
        add(t, "pairs-apart-longer", 5, 6, 7, 5, 6, 8, 7);
        add(t, "single-negative", -4, 2, 2);
        add(t, "negatives-paired", -1, -1, -2, 3, 3);
        add(t, "single-zero", 0, 7, 7, -7, -7);
        add(t, "single-first", 42, 1, 1, 2, 2);
        TestWriter.Group r = out.group("03-random.json");
        Random rnd = new Random(3001);
        int[] sizes = {3, 5, 7, 11, 21, 51, 101, 301, 1001, 5001};
        for (int i = 0; i < sizes.length; i++) {
            add(r, String.format("random-%02d-n%d", i + 1, sizes[i]), randomInput(rnd, sizes[i], -1));
        }
        TestWriter.Group m = out.group("04-max.json");
        Random big = new Random(4001);
        add(m, "max-single-last", randomInput(big, MAX_N, MAX_N - 1));
        add(m, "max-single-first", randomInput(big, MAX_N, 0));
        add(m, "max-single-middle", randomInput(big, MAX_N, MAX_N / 2));
        add(m, "max-random", randomInput(big, MAX_N, -1));
        out.write();
    }

    /** (n - 1) / 2 distinct paired values and one single value, shuffled; the single placed at `at` if >= 0. */
    static int[] randomInput(Random rnd, int n, int at) {
        List<Integer> pool = new ArrayList<>();
        for (int v = -MAX_V; v <= MAX_V; v++) {
            pool.add(v);
        }
        Collections.shuffle(pool, rnd);
        int pairs = (n - 1) / 2;
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            values.add(pool.get(i));
            values.add(pool.get(i));
        }
        Collections.shuffle(values, rnd);
        int single = pool.get(pairs);
        if (at < 0) {
            values.add(rnd.nextInt(values.size() + 1), single);
        } else {
            values.add(at, single);
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    static void add(TestWriter.Group out, String name, int... nums) {
        if (nums.length < 1 || nums.length > MAX_N) {
            throw new IllegalStateException(name + ": n = " + nums.length);
        }
        Map<Integer, Integer> count = new HashMap<>();
        for (int v : nums) {
            if (v < -MAX_V || v > MAX_V) {
                throw new IllegalStateException(name + ": value " + v);
            }
            count.merge(v, 1, Integer::sum);
        }
        int expected = singleNumber(nums);
        long singles = count.values().stream().filter(c -> c == 1).count();
        if (singles != 1 || count.values().stream().anyMatch(c -> c > 2) || count.get(expected) == null || count.get(expected) != 1) {
            throw new IllegalStateException(name + ": not all paired but " + expected);
        }
        out.add(name, expected, nums);
    }

    /** Copy of reference/Solution.java: XOR of all values. */
    static int singleNumber(int[] nums) {
        int x = 0;
        for (int v : nums) {
            x ^= v;
        }
        return x;
    }
}
