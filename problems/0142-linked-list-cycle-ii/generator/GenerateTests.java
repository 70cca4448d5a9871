/*
 * Writes the hidden tests of 142. Linked List Cycle II: tests/hidden/*.json.
 *
 * Run from the repository root, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0142-linked-list-cycle-ii/generator/GenerateTests.java problems/0142-linked-list-cycle-ii
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs give
 * byte-identical files. The answer is pos itself: the tail links back to node pos, which is where the cycle
 * begins (-1: no cycle). Each test is checked against the constraints (0 to 10^4 nodes, values in
 * [-10^5, 10^5], -1 <= pos < n).
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  The empty list, one node without and with a cycle to itself, two nodes, a cycle
 *                       through the whole list (pos = 0) and a tail that loops on itself (pos = n - 1).
 *   02-tricky.json      All values equal (a solution comparing values, or keeping a set of values, finds a
 *                       "cycle" that is not there or the wrong node), duplicates of the entry's value before
 *                       the cycle, a long tail before a short cycle and a short tail before a long one.
 *   03-random.json      Random lists of 1 to 60 nodes over few values, with and without a cycle, and of 1000.
 *   04-max.json         10^4 nodes: pos = 0, pos = n - 1, pos in the middle, no cycle, all values equal.
 *                       (At LeetCode's n = 10^4 an O(n^2) search, walking from the head again for every
 *                       node, does some 5 * 10^7 steps and passes, in Java and in Python, as on LeetCode: the
 *                       package has no slow submission.)
 */

import java.nio.file.Path;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 10_000;
    static final int BOUND = 100_000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "head", "pos");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    static void boundaries(TestWriter.Group out) {
        add(out, "empty", new int[0], -1);
        add(out, "one-node-no-cycle", new int[] {BOUND}, -1);
        add(out, "one-node-cycle-to-itself", new int[] {-BOUND}, 0);
        add(out, "two-nodes-no-cycle", new int[] {1, 2}, -1);
        add(out, "two-nodes-tail-to-itself", new int[] {1, 2}, 1);
        add(out, "whole-list-is-the-cycle", new int[] {5, 6, 7, 8, 9}, 0);
        add(out, "tail-loops-on-itself", new int[] {5, 6, 7, 8, 9}, 4);
    }

    static void tricky(TestWriter.Group out) {
        add(out, "all-equal-no-cycle", new int[] {7, 7, 7, 7, 7, 7}, -1);
        add(out, "all-equal-cycle-in-middle", new int[] {7, 7, 7, 7, 7, 7}, 3);
        add(out, "entry-value-repeated-before-cycle", new int[] {4, 4, 1, 4, 2, 3}, 3);
        add(out, "long-tail-short-cycle", range(200), 198);
        add(out, "short-tail-long-cycle", range(200), 1);
        add(out, "negative-and-zero-values", new int[] {0, -1, 0, -1, 0}, 2);
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(142_001);
        for (int k = 1; k <= 12; k++) {
            int n = 1 + rnd.nextInt(60);
            int[] values = new int[n];
            for (int i = 0; i < n; i++) {
                values[i] = rnd.nextInt(5) - 2;
            }
            int pos = k % 3 == 0 ? -1 : rnd.nextInt(n);
            add(out, String.format("random-small-%02d", k), values, pos);
        }
        for (int k = 1; k <= 4; k++) {
            int[] values = new int[1000];
            for (int i = 0; i < values.length; i++) {
                values[i] = rnd.nextInt(2 * BOUND + 1) - BOUND;
            }
            add(out, String.format("random-medium-%d", k), values, k == 4 ? -1 : rnd.nextInt(1000));
        }
    }

    static void max(TestWriter.Group out) {
        Random rnd = new Random(142_004);
        int[] values = new int[MAX_N];
        for (int i = 0; i < MAX_N; i++) {
            values[i] = rnd.nextInt(2 * BOUND + 1) - BOUND;
        }
        add(out, "max-whole-list-is-the-cycle", values, 0);
        add(out, "max-tail-loops-on-itself", values, MAX_N - 1);
        add(out, "max-cycle-from-the-middle", values, MAX_N / 2);
        add(out, "max-no-cycle", values, -1);
        int[] same = new int[MAX_N];
        java.util.Arrays.fill(same, -BOUND);
        add(out, "max-all-equal-cycle-from-1", same, 1);
    }

    static int[] range(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return values;
    }

    static void add(TestWriter.Group out, String name, int[] values, int pos) {
        if (values.length > MAX_N || pos < -1 || pos >= values.length) {
            throw new IllegalStateException(name + ": n = " + values.length + ", pos = " + pos);
        }
        for (int v : values) {
            if (v < -BOUND || v > BOUND) {
                throw new IllegalStateException(name + ": value " + v);
            }
        }
        out.add(name, pos, values, pos);
    }
}
