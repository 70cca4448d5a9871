/*
 * Writes the hidden tests of 283. Move Zeroes: tests/hidden/*.json.
 *
 * Run from the repository root, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0283-move-zeroes/generator/GenerateTests.java problems/0283-move-zeroes
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs give
 * byte-identical files. The expected array (nums after the call) is built by a stable filter on a copy,
 * not by the reference's swapping: the non-zero values in order, then as many zeros as nums held. Each
 * input is checked against the constraints (1 <= n <= 10^4, 32-bit values).
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  n = 1 (zero, non-zero), all zeros, no zeros, zeros only at the front or only at the
 *                       back, the extreme values -2^31 and 2^31 - 1 beside zeros. They reject solutions that
 *                       index past the end, that treat "no zero" or "all zeros" specially and get it wrong,
 *                       and that use a value (such as Integer.MIN_VALUE) as a marker.
 *   02-tricky.json      Negative values and duplicates that a sort would reorder, a zero between equal values,
 *                       alternating zeros, one non-zero among many zeros at each end.
 *   03-random.json      Random arrays of 1 to 60 small values (many zeros) and of 1000 values over the whole
 *                       range with a zero share from 0 to 90%.
 *   04-max.json         n = 10^4: half zeros in front, zeros alternating, one zero at the front, all zeros,
 *                       none. Every solution that only builds a new array and leaves nums as it was fails
 *                       every group, starting with the examples.
 */

import java.nio.file.Path;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 10_000;

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
        add(out, "n1-zero", new int[] {0});
        add(out, "n1-non-zero", new int[] {7});
        add(out, "n1-min-value", new int[] {Integer.MIN_VALUE});
        add(out, "all-zeros", new int[] {0, 0, 0, 0});
        add(out, "no-zeros", new int[] {4, 2, 4, 3});
        add(out, "zeros-at-front", new int[] {0, 0, 0, 1, 2});
        add(out, "zeros-at-back", new int[] {1, 2, 0, 0, 0});
        add(out, "n2-zero-first", new int[] {0, 5});
        add(out, "n2-zero-last", new int[] {5, 0});
        add(out, "extreme-values-and-zeros", new int[] {0, Integer.MAX_VALUE, 0, Integer.MIN_VALUE, 0});
        add(out, "min-value-only-non-zero", new int[] {0, 0, Integer.MIN_VALUE});
    }

    static void tricky(TestWriter.Group out) {
        add(out, "negatives-keep-order", new int[] {0, -1, 0, -3, -2, 0});
        add(out, "sort-would-reorder", new int[] {5, 0, 3, 0, 4, 1, 0, 2});
        add(out, "duplicates-around-zero", new int[] {2, 0, 2, 0, 2});
        add(out, "alternating-starting-with-zero", new int[] {0, 1, 0, 2, 0, 3, 0, 4});
        add(out, "alternating-starting-with-value", new int[] {1, 0, 2, 0, 3, 0, 4, 0});
        add(out, "one-value-after-many-zeros", new int[] {0, 0, 0, 0, 0, 0, 9});
        add(out, "one-value-before-many-zeros", new int[] {9, 0, 0, 0, 0, 0, 0});
        add(out, "mixed-signs-and-bounds", new int[] {-5, 0, 2147483647, 0, -2147483648, 8, 0});
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(283_001);
        for (int k = 1; k <= 12; k++) {
            int n = 1 + rnd.nextInt(60);
            int[] nums = new int[n];
            for (int i = 0; i < n; i++) {
                nums[i] = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(21) - 10;
            }
            add(out, String.format("random-small-%02d", k), nums);
        }
        Random mid = new Random(283_002);
        for (int k = 0; k <= 9; k++) {
            int[] nums = new int[1000];
            for (int i = 0; i < nums.length; i++) {
                nums[i] = mid.nextInt(10) < k ? 0 : mid.nextInt();
            }
            add(out, String.format("random-medium-zero-share-%d0", k), nums);
        }
    }

    static void max(TestWriter.Group out) {
        int[] half = new int[MAX_N];
        for (int i = MAX_N / 2; i < MAX_N; i++) {
            half[i] = i - MAX_N / 2 + 1;
        }
        add(out, "max-half-zeros-in-front", half);
        int[] alternating = new int[MAX_N];
        for (int i = 1; i < MAX_N; i += 2) {
            alternating[i] = -i;
        }
        add(out, "max-alternating", alternating);
        int[] oneZero = new int[MAX_N];
        for (int i = 1; i < MAX_N; i++) {
            oneZero[i] = i % 2 == 0 ? Integer.MAX_VALUE - i : Integer.MIN_VALUE + i;
        }
        add(out, "max-one-zero-at-front", oneZero);
        add(out, "max-all-zeros", new int[MAX_N]);
        int[] none = new int[MAX_N];
        Random rnd = new Random(283_004);
        for (int i = 0; i < MAX_N; i++) {
            int v;
            do {
                v = rnd.nextInt();
            } while (v == 0);
            none[i] = v;
        }
        add(out, "max-no-zeros", none);
        int[] mostly = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            mostly[i] = rnd.nextInt(10) == 0 ? rnd.nextInt() : 0;
        }
        add(out, "max-mostly-zeros", mostly);
    }

    static void add(TestWriter.Group out, String name, int[] nums) {
        if (nums.length < 1 || nums.length > MAX_N) {
            throw new IllegalStateException(name + ": n = " + nums.length);
        }
        int[] expected = new int[nums.length];
        int k = 0;
        for (int v : nums) {
            if (v != 0) {
                expected[k++] = v;
            }
        }
        out.add(name, expected, (Object) nums.clone());
    }
}
