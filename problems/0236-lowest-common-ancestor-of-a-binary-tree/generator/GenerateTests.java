/*
 * Writes the hidden tests of 236. Lowest Common Ancestor of a Binary Tree: tests/hidden/*.json.
 *
 * Run from the repository root, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0236-lowest-common-ancestor-of-a-binary-tree/generator/GenerateTests.java problems/0236-lowest-common-ancestor-of-a-binary-tree
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs give
 * byte-identical files. A tree is built here as arrays (value, left, right, parent of each node, node 0 the
 * root) and written in LeetCode's level order. The expected answer is the value of the lowest common
 * ancestor, found from the definition: climb from the deeper of p and q to the other's depth, then climb
 * both until they meet. Each test is checked against the constraints (2 to 10^5 nodes, distinct values in
 * [-10^9, 10^9], p != q both in the tree).
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  Two nodes both ways round (the root is p or q), three nodes with p and q siblings,
 *                       values -10^9 and 10^9.
 *   02-tricky.json      p an ancestor of q and q of p, deep below the root (a solution that stops at the
 *                       first of them found is right here, so the next tests catch it); p and q in different
 *                       subtrees of the root; both deep in one subtree; leaves at very different depths; a
 *                       tree whose values would send a binary-search-tree walk the wrong way.
 *   03-random.json      Random trees of 2 to 60 nodes and of 1000, random p and q.
 *   04-max.json         10^5 nodes: a complete tree with p and q far apart, a random tree, a path of 5 * 10^4
 *                       nodes with p and q at its bottom (a search below every node on the way down does
 *                       some 10^9 steps there), and a "caterpillar" (a long path with a leaf on every node).
 */

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 100_000;
    static final int BOUND = 1_000_000_000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "root", "p", "q");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    /** A binary tree of n nodes as arrays; node 0 is the root, -1 is "no node". */
    static final class Tree {
        final int[] val;
        final int[] left;
        final int[] right;
        final int[] parent;
        int size = 1;

        Tree(int n) {
            val = new int[n];
            left = new int[n];
            right = new int[n];
            parent = new int[n];
            java.util.Arrays.fill(left, -1);
            java.util.Arrays.fill(right, -1);
            parent[0] = -1;
        }

        /** Adds node size as the {@code leftSide} child of {@code at}, which must be free; returns it. */
        int attach(int at, boolean leftSide) {
            int node = size++;
            if (leftSide) {
                if (left[at] >= 0) {
                    throw new IllegalStateException("left of " + at + " is taken");
                }
                left[at] = node;
            } else {
                if (right[at] >= 0) {
                    throw new IllegalStateException("right of " + at + " is taken");
                }
                right[at] = node;
            }
            parent[node] = at;
            return node;
        }

        int depth(int node) {
            int d = 0;
            for (int a = node; parent[a] >= 0; a = parent[a]) {
                d++;
            }
            return d;
        }

        int lca(int p, int q) {
            int dp = depth(p);
            int dq = depth(q);
            while (dp > dq) {
                p = parent[p];
                dp--;
            }
            while (dq > dp) {
                q = parent[q];
                dq--;
            }
            while (p != q) {
                p = parent[p];
                q = parent[q];
            }
            return p;
        }

        /** LeetCode's level order: values and nulls breadth first, trailing nulls dropped. */
        String levelOrder() {
            StringBuilder b = new StringBuilder("[");
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(0);
            List<String> items = new ArrayList<>();
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
            while (items.get(end - 1).equals("null")) {
                end--;
            }
            b.append(String.join(",", items.subList(0, end)));
            return b.append(']').toString();
        }
    }

    /** Distinct values for n nodes, uniform in [-10^9, 10^9]. */
    static void randomValues(Tree t, Random rnd) {
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < t.size; i++) {
            int v;
            do {
                v = rnd.nextInt(2 * BOUND + 1) - BOUND;
            } while (!used.add(v));
            t.val[i] = v;
        }
    }

    /** Node i gets value i + 1 (small and readable). */
    static void countingValues(Tree t) {
        for (int i = 0; i < t.size; i++) {
            t.val[i] = i + 1;
        }
    }

    /** A random tree: each new node goes to a free child slot of a node chosen uniformly among those with one. */
    static Tree randomTree(int n, Random rnd) {
        Tree t = new Tree(n);
        List<Integer> open = new ArrayList<>(List.of(0));
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

    /** A complete tree: node i's children are 2i + 1 and 2i + 2. */
    static Tree complete(int n) {
        Tree t = new Tree(n);
        for (int i = 1; i < n; i++) {
            t.attach((i - 1) / 2, i % 2 == 1);
        }
        return t;
    }

    /** A path of n nodes turning by {@code pattern} ('L', 'R', 'Z' for zigzag). */
    static Tree path(int n, char pattern) {
        return path(n, pattern, n);
    }

    /** {@link #path(int, char)} with room for {@code capacity} nodes in all. */
    static Tree path(int n, char pattern, int capacity) {
        Tree t = new Tree(capacity);
        for (int i = 1; i < n; i++) {
            boolean leftSide = pattern == 'L' || (pattern == 'Z' && i % 2 == 1);
            t.attach(i - 1, leftSide);
        }
        return t;
    }

    static void boundaries(TestWriter.Group out) {
        Tree two = new Tree(2);
        two.attach(0, true);
        two.val[0] = BOUND;
        two.val[1] = -BOUND;
        add(out, "two-nodes-p-is-the-root", two, 0, 1);
        add(out, "two-nodes-q-is-the-root", two, 1, 0);
        Tree right = new Tree(2);
        right.attach(0, false);
        right.val[0] = -BOUND;
        right.val[1] = BOUND;
        add(out, "two-nodes-right-child", right, 1, 0);
        Tree three = complete(3);
        countingValues(three);
        add(out, "three-nodes-siblings", three, 1, 2);
        add(out, "three-nodes-siblings-swapped", three, 2, 1);
        add(out, "three-nodes-root-and-leaf", three, 0, 2);
    }

    static void tricky(TestWriter.Group out) {
        Tree t = complete(31);
        countingValues(t);
        add(out, "p-ancestor-of-q-deep", t, 5, 23);
        add(out, "q-ancestor-of-p-deep", t, 24, 2);
        add(out, "split-at-the-root", t, 15, 30);
        add(out, "split-deep-in-the-left-subtree", t, 15, 18);
        add(out, "split-deep-in-the-right-subtree", t, 29, 26);
        add(out, "split-where-q-comes-first-in-preorder", t, 22, 8);
        Tree path = path(200, 'Z');
        countingValues(path);
        add(out, "zigzag-path-p-above-q", path, 50, 199);
        add(out, "zigzag-path-q-above-p", path, 199, 120);
        // A leaf hanging off the path, against a node deep down: their ancestor is where the leaf hangs.
        Tree hook = path(100, 'L', 101);
        int leaf = hook.attach(40, false);
        countingValues(hook);
        add(out, "leaf-off-a-long-path", hook, leaf, 99);
        // Values ordered against the tree: the root is the smallest, so a search-tree walk always goes right.
        Tree anti = complete(15);
        countingValues(anti);
        add(out, "values-mislead-a-search-tree-walk", anti, 7, 10);
        add(out, "values-mislead-a-search-tree-walk-2", anti, 13, 6);
        Tree negative = complete(15);
        for (int i = 0; i < negative.size; i++) {
            negative.val[i] = -i * 1000;
        }
        add(out, "negative-values", negative, 8, 12);
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(236_001);
        for (int k = 1; k <= 16; k++) {
            Tree t = randomTree(2 + rnd.nextInt(59), rnd);
            if (k % 2 == 0) {
                countingValues(t);
            } else {
                randomValues(t, rnd);
            }
            int[] pq = pair(t.size, rnd);
            add(out, String.format("random-small-%02d", k), t, pq[0], pq[1]);
        }
        for (int k = 1; k <= 4; k++) {
            Tree t = randomTree(1000, rnd);
            randomValues(t, rnd);
            int[] pq = pair(t.size, rnd);
            add(out, String.format("random-medium-%d", k), t, pq[0], pq[1]);
        }
    }

    static void max(TestWriter.Group out) {
        Random rnd = new Random(236_004);
        Tree full = complete(MAX_N);
        randomValues(full, rnd);
        add(out, "max-complete-far-apart-leaves", full, MAX_N / 2, MAX_N - 1);
        Tree random = randomTree(MAX_N, rnd);
        randomValues(random, rnd);
        int[] pq = pair(MAX_N, rnd);
        add(out, "max-random-tree", random, pq[0], pq[1]);
        // A path of half the nodes, then the other half as a complete tree hanging from its end, so that p and
        // q are leaves 5 * 10^4 levels down.
        int half = MAX_N / 2;
        Tree deep = path(half, 'Z', MAX_N);
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(half - 1));
        while (deep.size < MAX_N) {
            int at = queue.poll();
            queue.add(deep.attach(at, true));
            if (deep.size < MAX_N) {
                queue.add(deep.attach(at, false));
            }
        }
        randomValues(deep, rnd);
        add(out, "max-deep-path-then-bushy-bottom", deep, MAX_N - 1, MAX_N - 2000);
        // A caterpillar: a path of n / 2 nodes going left, each with a leaf on its right.
        Tree cat = new Tree(MAX_N);
        int spine = 0;
        while (cat.size < MAX_N) {
            cat.attach(spine, false);
            if (cat.size < MAX_N) {
                spine = cat.attach(spine, true);
            }
        }
        randomValues(cat, rnd);
        add(out, "max-caterpillar-leaf-and-bottom", cat, 1, cat.size - 1);
    }

    /** Two different nodes of a tree of n nodes. */
    static int[] pair(int n, Random rnd) {
        int p = rnd.nextInt(n);
        int q = rnd.nextInt(n - 1);
        return new int[] {p, q >= p ? q + 1 : q};
    }

    static void add(TestWriter.Group out, String name, Tree t, int p, int q) {
        if (t.size < 2 || t.size > MAX_N || p == q || p < 0 || q < 0 || p >= t.size || q >= t.size) {
            throw new IllegalStateException(name + ": n = " + t.size + ", p = " + p + ", q = " + q);
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < t.size; i++) {
            if (t.val[i] < -BOUND || t.val[i] > BOUND || !seen.add(t.val[i])) {
                throw new IllegalStateException(name + ": value " + t.val[i]);
            }
        }
        out.add(name, t.val[t.lca(p, q)], TestWriter.raw(t.levelOrder()), t.val[p], t.val[q]);
    }
}
