/*
 * Writes the hidden tests of 684. Redundant Connection: tests/hidden/*.json.
 *
 * Run from the judge's folder, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0684-redundant-connection/generator/GenerateTests.java problems/0684-redundant-connection
 *
 * Deterministic (java.util.Random with literal seeds, fixed order): two runs give byte-identical files,
 * which are committed with this program. Expected answers come from a copy of the reference (union-find in
 * input order) and are checked on every test against the definition: remove the edges from the last one
 * back and return the first whose removal leaves all nodes connected. Each input is checked against the
 * constraints and the validator's rule (n = edges.length in 3..1000, 1 <= a < b <= n, no repeats, connected).
 *
 * The property phase of verify warns that it falsifies none of the wrong submissions: a random list of
 * edges is almost never a tree plus one edge, so the validator refuses nearly every draw and the few
 * inputs that pass are tiny. Only these tests catch the wrong submissions, each with a test aimed at it.
 *
 * No slow submission: at n <= 1000 even the definition itself (remove each edge, search the graph again)
 * is O(n^2) = 10^6 steps, far inside any limit, so no natural approach is slow at LeetCode's bounds.
 *
 * The groups, and why each exists:
 *   01-boundaries.json  n = 3 (a triangle, in every order), n = 1000 with the shortest (3) and the longest
 *                       (1000) cycle, the nodes 1 and 1000.
 *   02-tricky.json      edges after the cycle closes (rejects returning the last edge of the input), a
 *                       cycle whose edges are spread through the input (rejects returning the cycle's first
 *                       edge), unions that must link roots, not nodes (rejects parent[a] = b).
 *   03-random.json      random trees with one extra edge, in random order, of several sizes.
 *   04-max.json         n = 1000: a path closed into one cycle listed backwards, a star plus one edge, a
 *                       deep path with a short cycle at its far end, a random tree.
 */

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 1000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "edges");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    static void boundaries(TestWriter.Group out) {
        add(out, "triangle-order-1", e(1, 3), e(2, 3), e(1, 2));
        add(out, "triangle-order-2", e(2, 3), e(1, 2), e(1, 3));
        add(out, "triangle-order-3", e(1, 2), e(2, 3), e(1, 3));
        add(out, "triangle-order-4", e(2, 3), e(1, 3), e(1, 2));
        int[][] path = new int[MAX_N][];
        for (int i = 0; i < MAX_N - 1; i++) {
            path[i] = e(i + 1, i + 2);
        }
        path[MAX_N - 1] = e(1, MAX_N);
        add(out, "max-n-whole-cycle", path);
        int[][] shortCycle = new int[MAX_N][];
        for (int i = 0; i < MAX_N - 1; i++) {
            shortCycle[i] = e(i + 1, i + 2);
        }
        shortCycle[MAX_N - 1] = e(MAX_N - 2, MAX_N);
        add(out, "max-n-triangle-at-the-end", shortCycle);
    }

    static void tricky(TestWriter.Group out) {
        add(out, "tree-edges-after-cycle", e(1, 2), e(2, 3), e(1, 3), e(3, 4), e(4, 5));
        add(out, "cycle-edges-spread-out", e(1, 2), e(4, 5), e(2, 3), e(5, 6), e(3, 4), e(1, 4));
        add(out, "cycle-first-edge-listed-first", e(3, 4), e(1, 2), e(2, 3), e(1, 5), e(1, 4));
        add(out, "roots-not-nodes", e(1, 2), e(1, 3), e(1, 4), e(2, 4));
        add(out, "roots-not-nodes-deeper", e(1, 2), e(2, 3), e(3, 4), e(1, 5), e(4, 5));
        add(out, "star-then-closing", e(1, 2), e(1, 3), e(1, 4), e(1, 5), e(4, 5));
        add(out, "cycle-of-four-closed-by-middle", e(1, 2), e(3, 4), e(1, 4), e(2, 3));
        add(out, "answer-not-touching-node-one", e(1, 2), e(2, 3), e(2, 4), e(3, 5), e(4, 5), e(5, 6));
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(3001);
        int[] sizes = {4, 5, 6, 8, 10, 20, 50, 100, 300, 700};
        int index = 0;
        for (int n : sizes) {
            add(out, String.format("random-%02d-n%d", ++index, n), randomGraph(rnd, n));
        }
    }

    static void max(TestWriter.Group out) {
        int[][] backwards = new int[MAX_N][];
        for (int i = 0; i < MAX_N - 1; i++) {
            backwards[MAX_N - 2 - i] = e(i + 1, i + 2);
        }
        backwards[MAX_N - 1] = e(1, MAX_N);
        add(out, "max-whole-cycle-listed-backwards", backwards);
        int[][] star = new int[MAX_N][];
        for (int i = 0; i < MAX_N - 1; i++) {
            star[i] = e(1, i + 2);
        }
        star[MAX_N - 1] = e(MAX_N - 1, MAX_N);
        add(out, "max-star-plus-one", star);
        int[][] deep = new int[MAX_N][];
        deep[0] = e(MAX_N - 3, MAX_N - 1);
        for (int i = 0; i < MAX_N - 1; i++) {
            deep[i + 1] = e(i + 1, i + 2);
        }
        add(out, "max-deep-path-short-cycle-first", deep);
        add(out, "max-random", randomGraph(new Random(4001), MAX_N));
        add(out, "max-random-second", randomGraph(new Random(4002), MAX_N));
    }

    // ---------------------------------------------------------------- building tests

    static int[] e(int a, int b) {
        return new int[] {Math.min(a, b), Math.max(a, b)};
    }

    /** A random tree on n nodes (each node joins an earlier one), one extra edge, shuffled. */
    static int[][] randomGraph(Random rnd, int n) {
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            label[i] = i + 1;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = label[i];
            label[i] = label[j];
            label[j] = t;
        }
        List<int[]> edges = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        for (int i = 1; i < n; i++) {
            int[] edge = e(label[i], label[rnd.nextInt(i)]);
            edges.add(edge);
            used.add((long) edge[0] * (n + 1) + edge[1]);
        }
        while (true) {
            int a = 1 + rnd.nextInt(n), b = 1 + rnd.nextInt(n);
            if (a != b && used.add((long) Math.min(a, b) * (n + 1) + Math.max(a, b))) {
                edges.add(e(a, b));
                break;
            }
        }
        for (int i = edges.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int[] t = edges.get(i);
            edges.set(i, edges.get(j));
            edges.set(j, t);
        }
        return edges.toArray(new int[0][]);
    }

    static void add(TestWriter.Group out, String name, int[]... edges) {
        int n = edges.length;
        if (n < 3 || n > MAX_N) {
            throw new IllegalStateException(name + ": n = " + n);
        }
        Set<Long> seen = new HashSet<>();
        for (int[] ed : edges) {
            if (ed.length != 2 || ed[0] < 1 || ed[0] >= ed[1] || ed[1] > n || !seen.add((long) ed[0] * (n + 1) + ed[1])) {
                throw new IllegalStateException(name + ": edge " + Arrays.toString(ed));
            }
        }
        if (!connected(edges, -1)) {
            throw new IllegalStateException(name + ": not connected");
        }
        int[] expected = findRedundantConnection(edges);
        int[] slow = byDefinition(edges);
        if (!Arrays.equals(expected, slow)) {
            throw new IllegalStateException(name + ": reference says " + Arrays.toString(expected)
                + ", the definition says " + Arrays.toString(slow));
        }
        out.add(name, expected, (Object) edges);
    }

    /** Copy of reference/Solution.java: union-find; the first edge inside one part closes the cycle. */
    static int[] findRedundantConnection(int[][] edges) {
        int n = edges.length;
        int[] parent = new int[n + 1];
        int[] size = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        for (int[] e : edges) {
            int a = find(parent, e[0]), b = find(parent, e[1]);
            if (a == b) {
                return e;
            }
            if (size[a] < size[b]) {
                int t = a;
                a = b;
                b = t;
            }
            parent[b] = a;
            size[a] += size[b];
        }
        throw new IllegalArgumentException("no edge closes a cycle");
    }

    static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Independent: the last edge whose removal leaves the graph connected. */
    static int[] byDefinition(int[][] edges) {
        for (int skip = edges.length - 1; skip >= 0; skip--) {
            if (connected(edges, skip)) {
                return edges[skip];
            }
        }
        throw new IllegalStateException("no removable edge");
    }

    static boolean connected(int[][] edges, int skip) {
        int n = edges.length;
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            adj.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            if (i != skip) {
                adj.get(edges[i][0]).add(edges[i][1]);
                adj.get(edges[i][1]).add(edges[i][0]);
            }
        }
        boolean[] seen = new boolean[n + 1];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(1);
        seen[1] = true;
        int count = 1;
        while (!queue.isEmpty()) {
            for (int v : adj.get(queue.poll())) {
                if (!seen[v]) {
                    seen[v] = true;
                    count++;
                    queue.add(v);
                }
            }
        }
        return count == n;
    }
}
