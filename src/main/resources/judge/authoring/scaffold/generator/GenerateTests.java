/*
 * Writes the hidden tests of {{id}}. {{title}}: tests/hidden/*.json.
 *
 * Run from the judge's folder, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/{{folder}}/generator/GenerateTests.java problems/{{folder}}
 *
 * Deterministic (java.util.Random with literal seeds, fixed order): two runs give byte-identical files,
 * which are committed with this program. Expected answers come from a copy of the reference, checked
 * against an independent brute force where it is fast enough.
 *
 * TODO: say what each group holds and why (which bound, which wrong or slow submission it catches).
 *   01-boundaries.json  the smallest and largest lengths and values
 *   02-tricky.json      inputs aimed at the mistakes of the wrong submissions
 *   03-random.json      random inputs of several sizes
 *   04-max.json         the largest inputs, shaped so that slow submissions time out
 */

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 100_000;
    static final int MAX_V = 1_000_000_000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        // The parameters in the signature's order; the names of tests/examples.json are taken.
        TestWriter out = new TestWriter(Path.of(args[0]), "nums");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    // TODO: the groups of your problem.

    static void boundaries(TestWriter.Group out) {
        add(out, "n1-smallest-value", new int[] {-MAX_V});
        add(out, "n1-largest-value", new int[] {MAX_V});
        add(out, "all-negative", new int[] {-7, -3, -12});
        add(out, "both-extremes", new int[] {MAX_V, -MAX_V});
    }

    static void tricky(TestWriter.Group out) {
        add(out, "largest-first", new int[] {9, 1, 2});
        add(out, "largest-last", new int[] {1, 2, 9});
        add(out, "all-equal", new int[] {4, 4, 4, 4});
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(1);
        for (int i = 1; i <= 10; i++) {
            add(out, String.format("random-small-%02d", i), randomArray(rnd, 1 + rnd.nextInt(20), 100));
        }
        add(out, "random-medium", randomArray(rnd, 5000, MAX_V));
    }

    static void max(TestWriter.Group out) {
        add(out, "max-random", randomArray(new Random(2), MAX_N, MAX_V));
        int[] equalThenLarger = new int[MAX_N];
        Arrays.fill(equalThenLarger, 5);
        equalThenLarger[MAX_N - 1] = 6;
        add(out, "max-equal-then-larger-last", equalThenLarger);
    }

    // ---------------------------------------------------------------- building and checking tests

    static int[] randomArray(Random rnd, int n, int bound) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = rnd.nextInt(2 * bound + 1) - bound;
        }
        return a;
    }

    static void add(TestWriter.Group out, String name, int[] nums) {
        // Keep every input within the constraints of problem.json: verify refuses a test that is not.
        if (nums.length < 1 || nums.length > MAX_N || Arrays.stream(nums).anyMatch(x -> x < -MAX_V || x > MAX_V)) {
            throw new IllegalStateException(name + ": outside the constraints");
        }
        int expected = largest(nums);
        if (expected != Arrays.stream(nums).max().getAsInt()) {
            throw new IllegalStateException(name + ": reference and brute force disagree");
        }
        out.add(name, expected, (Object) nums);
    }

    /** Copy of reference/Solution.java. */
    static int largest(int[] nums) {
        int best = nums[0];
        for (int x : nums) {
            best = Math.max(best, x);
        }
        return best;
    }
}
