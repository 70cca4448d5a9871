/*
 * Writes the hidden tests of 297. Serialize and Deserialize Binary Tree: tests/hidden/*.json.
 *
 * Run from the repository root, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0297-serialize-and-deserialize-binary-tree/generator/GenerateTests.java problems/0297-serialize-and-deserialize-binary-tree
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs give
 * byte-identical files. A codec is judged by its round trip, so every test expects the tree it gives: a tree
 * is built here as arrays (value, left and right child of each node, node 0 the root) and written in
 * LeetCode's level order as both the input and the expected answer. Each test is checked against the
 * constraints (0 to 10^4 nodes, values in [-1000, 1000]).
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  The empty tree, one node of -1000, 0 and 1000, a root with only a left or only a right
 *                       child.
 *   02-tricky.json      Missing children in the middle of a level (a codec that writes no markers and reads a
 *                       complete tree back fails here; the first such tree is the first test), negative and
 *                       multi-digit values (a codec of one character per value fails), all values equal,
 *                       paths going left, right and zigzag, a complete tree whose values are not a search
 *                       tree's.
 *   03-random.json      Random trees of 0 to 60 nodes and of 1000.
 *   04-max.json         10^4 nodes: a complete tree, a random tree, a left path (depth 10^4: a recursive codec
 *                       recurses that deep) and a zigzag path.
 */

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 10_000;
    static final int BOUND = 1_000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "root");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    /** A binary tree as arrays; node 0 is the root, -1 is "no node"; size 0 is the empty tree. */
    static final class Tree {
        final int[] val;
        final int[] left;
        final int[] right;
        int size;

        Tree(int capacity) {
            val = new int[capacity];
            left = new int[capacity];
            right = new int[capacity];
            java.util.Arrays.fill(left, -1);
            java.util.Arrays.fill(right, -1);
            size = capacity == 0 ? 0 : 1;
        }

        int attach(int at, boolean leftSide) {
            int node = size++;
            int[] side = leftSide ? left : right;
            if (side[at] >= 0) {
                throw new IllegalStateException("child of " + at + " is taken");
            }
            side[at] = node;
            return node;
        }

        /** LeetCode's level order: values and nulls breadth first, trailing nulls dropped. */
        String levelOrder() {
            List<String> items = new ArrayList<>();
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            if (size > 0) {
                queue.add(0);
            }
            while (!queue.isEmpty()) {
                int node = queue.poll();
                if (node < 0) {
                    items.add("null");
                    continue;
                }
                items.add(Integer.toString(val[node]));
                queue.add(left[node]);
                queue.add(right[node]);
            }
            int end = items.size();
            while (end > 0 && items.get(end - 1).equals("null")) {
                end--;
            }
            return "[" + String.join(",", items.subList(0, end)) + "]";
        }
    }

    static void values(Tree t, Random rnd) {
        for (int i = 0; i < t.size; i++) {
            t.val[i] = rnd.nextInt(2 * BOUND + 1) - BOUND;
        }
    }

    static Tree randomTree(int n, Random rnd) {
        Tree t = new Tree(n);
        List<Integer> open = new ArrayList<>(n == 0 ? List.of() : List.of(0));
        while (t.size < n) {
            int k = rnd.nextInt(open.size());
            int at = open.get(k);
            boolean leftFree = t.left[at] < 0;
            boolean rightFree = t.right[at] < 0;
            boolean side = leftFree && (!rightFree || rnd.nextBoolean());
            int node = t.attach(at, side);
            if (!(side ? rightFree : leftFree)) {
                open.set(k, open.get(open.size() - 1));
                open.remove(open.size() - 1);
            }
            open.add(node);
        }
        return t;
    }

    static Tree complete(int n) {
        Tree t = new Tree(n);
        for (int i = 1; i < n; i++) {
            t.attach((i - 1) / 2, i % 2 == 1);
        }
        return t;
    }

    static Tree path(int n, char pattern) {
        Tree t = new Tree(n);
        for (int i = 1; i < n; i++) {
            t.attach(i - 1, pattern == 'L' || (pattern == 'Z' && i % 2 == 1));
        }
        return t;
    }

    static Tree single(int value) {
        Tree t = new Tree(1);
        t.val[0] = value;
        return t;
    }

    static void boundaries(TestWriter.Group out) {
        add(out, "empty-tree", new Tree(0));
        add(out, "one-node-min", single(-BOUND));
        add(out, "one-node-zero", single(0));
        add(out, "one-node-max", single(BOUND));
        Tree left = path(2, 'L');
        left.val[0] = 1;
        left.val[1] = 2;
        add(out, "only-left-child", left);
        Tree right = path(2, 'R');
        right.val[0] = 1;
        right.val[1] = 2;
        add(out, "only-right-child", right);
    }

    static void tricky(TestWriter.Group out) {
        // [1,2,3,null,4]: the left child misses its left child, so the tree is not complete.
        Tree gap = new Tree(4);
        gap.attach(0, true);
        gap.attach(0, false);
        gap.attach(1, false);
        for (int i = 0; i < 4; i++) {
            gap.val[i] = i + 1;
        }
        add(out, "gap-in-the-middle-of-a-level", gap);
        Tree lopsided = complete(15);
        for (int i = 0; i < 15; i++) {
            lopsided.val[i] = i;
        }
        lopsided.left[3] = -1; // drops node 7 and so leaves a hole on the last level
        lopsided.size = 15;
        add(out, "complete-but-for-one-leaf", lopsided);
        Tree negative = complete(7);
        for (int i = 0; i < 7; i++) {
            negative.val[i] = -(i * 137 + 1);
        }
        add(out, "complete-negative-multi-digit", negative);
        Tree digits = complete(7);
        for (int i = 0; i < 7; i++) {
            digits.val[i] = i * 100 + 10;
        }
        add(out, "complete-multi-digit", digits);
        Tree equal = randomTree(30, new Random(297_002));
        java.util.Arrays.fill(equal.val, -BOUND);
        add(out, "all-values-equal", equal);
        for (char pattern : new char[] {'L', 'R', 'Z'}) {
            Tree t = path(50, pattern);
            values(t, new Random(297_010 + pattern));
            add(out, "path-" + (pattern == 'L' ? "left" : pattern == 'R' ? "right" : "zigzag"), t);
        }
        Tree notSearch = complete(15);
        for (int i = 0; i < 15; i++) {
            notSearch.val[i] = 15 - i;
        }
        add(out, "complete-not-a-search-tree", notSearch);
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(297_003);
        for (int k = 1; k <= 16; k++) {
            Tree t = randomTree(rnd.nextInt(61), rnd);
            values(t, rnd);
            add(out, String.format("random-small-%02d", k), t);
        }
        for (int k = 1; k <= 3; k++) {
            Tree t = randomTree(1000, rnd);
            values(t, rnd);
            add(out, String.format("random-medium-%d", k), t);
        }
    }

    static void max(TestWriter.Group out) {
        Random rnd = new Random(297_004);
        Tree full = complete(MAX_N);
        values(full, rnd);
        add(out, "max-complete", full);
        Tree random = randomTree(MAX_N, rnd);
        values(random, rnd);
        add(out, "max-random", random);
        Tree left = path(MAX_N, 'L');
        values(left, rnd);
        add(out, "max-left-path", left);
        Tree zigzag = path(MAX_N, 'Z');
        values(zigzag, rnd);
        add(out, "max-zigzag-path", zigzag);
    }

    static void add(TestWriter.Group out, String name, Tree t) {
        String tree = t.levelOrder();
        long nodes = tree.equals("[]") ? 0 : tree.chars().filter(c -> c == ',').count() + 1
                - (tree.split("null", -1).length - 1);
        if (nodes > MAX_N) {
            throw new IllegalStateException(name + ": " + nodes + " nodes");
        }
        for (int i = 0; i < t.size; i++) {
            if (t.val[i] < -BOUND || t.val[i] > BOUND) {
                throw new IllegalStateException(name + ": value " + t.val[i]);
            }
        }
        out.add(name, TestWriter.raw(tree), TestWriter.raw(tree));
    }
}
