/*
 * Writes the hidden tests of 207. Course Schedule: tests/hidden/*.json.
 *
 * Run from the judge's folder, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0207-course-schedule/generator/GenerateTests.java problems/0207-course-schedule
 *
 * Deterministic (java.util.Random with literal seeds, fixed order): two runs give byte-identical files,
 * which are committed with this program. Expected answers come from a copy of the reference (Kahn's
 * topological sort) and are checked on every test against an independent cycle search (depth-first, with
 * white/grey/black colours, iterative). Each input is checked against the constraints (1 <= numCourses <=
 * 2000, at most 5000 pairs, each of two courses in range).
 *
 * The groups, and why each exists:
 *   01-boundaries.json  one course, no pairs, 2000 courses, 5000 pairs, the courses 0 and 1999, a self-loop.
 *   02-tricky.json      diamonds, where two paths reach one course (rejects a search that calls every
 *                       visited course a cycle), cycles of length 3 and more (rejects looking only for a
 *                       pair and its reverse), a cycle away from course 0 (rejects searching from course 0
 *                       only), repeated pairs, a self-loop among valid courses.
 *   03-random.json      random acyclic schedules, and the same with one edge reversed to close a cycle.
 *   04-max.json         a chain of 2000 courses (deep recursion), a ladder of 2-course layers joined
 *                       all-to-all (2^1000 paths: exponential for a search that does not remember finished
 *                       courses), dense acyclic schedules of 5000 pairs, and one long cycle.
 */

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_N = 2000;
    static final int MAX_E = 5000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "numCourses", "prerequisites");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    static void boundaries(TestWriter.Group out) {
        add(out, "one-course-no-pairs", 1, new int[0][]);
        add(out, "one-course-self-loop", 1, new int[][] {{0, 0}});
        add(out, "max-courses-no-pairs", MAX_N, new int[0][]);
        add(out, "max-courses-first-and-last", MAX_N, new int[][] {{MAX_N - 1, 0}});
        add(out, "max-courses-first-and-last-both-ways", MAX_N, new int[][] {{MAX_N - 1, 0}, {0, MAX_N - 1}});
        add(out, "two-courses-no-pairs", 2, new int[0][]);
        int[][] star = new int[MAX_E][];
        for (int i = 0; i < MAX_E; i++) {
            star[i] = new int[] {1 + i % (MAX_N - 1), 0};
        }
        add(out, "max-pairs-repeated-star", MAX_N, star);
    }

    static void tricky(TestWriter.Group out) {
        add(out, "diamond", 4, new int[][] {{1, 0}, {2, 0}, {3, 1}, {3, 2}});
        add(out, "diamond-listed-backwards", 4, new int[][] {{3, 2}, {3, 1}, {2, 0}, {1, 0}});
        add(out, "two-paths-different-lengths", 5, new int[][] {{1, 0}, {2, 1}, {3, 2}, {3, 0}, {4, 3}});
        add(out, "shared-prerequisite-many", 6, new int[][] {{1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 1}, {5, 2}, {5, 3}, {5, 4}});
        add(out, "cycle-of-three", 3, new int[][] {{1, 0}, {2, 1}, {0, 2}});
        add(out, "cycle-of-five", 5, new int[][] {{1, 0}, {2, 1}, {3, 2}, {4, 3}, {0, 4}});
        add(out, "cycle-away-from-course-zero", 4, new int[][] {{2, 3}, {3, 2}});
        add(out, "cycle-of-three-away-from-zero", 6, new int[][] {{1, 0}, {3, 4}, {4, 5}, {5, 3}});
        add(out, "repeated-pair", 2, new int[][] {{1, 0}, {1, 0}});
        add(out, "self-loop-among-valid", 4, new int[][] {{1, 0}, {2, 1}, {2, 2}, {3, 2}});
        add(out, "cycle-reached-through-dag", 5, new int[][] {{1, 0}, {2, 1}, {3, 2}, {1, 3}, {4, 0}});
        add(out, "two-components-one-cycle", 6, new int[][] {{1, 0}, {2, 1}, {4, 3}, {5, 4}, {3, 5}});
        add(out, "two-components-no-cycle", 6, new int[][] {{1, 0}, {2, 1}, {4, 3}, {5, 4}, {5, 3}});
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(3001);
        int[][] shapes = {{3, 3}, {5, 6}, {8, 12}, {10, 30}, {30, 60}, {100, 300}, {500, 2000}, {1000, 5000}};
        int index = 0;
        for (int[] shape : shapes) {
            int[][] dag = randomDag(rnd, shape[0], shape[1]);
            add(out, String.format("random-dag-%02d-n%d-e%d", ++index, shape[0], dag.length), shape[0], dag);
            int[][] cyclic = closeCycle(rnd, shape[0], dag);
            if (cyclic != null) {
                add(out, String.format("random-cycle-%02d-n%d-e%d", ++index, shape[0], cyclic.length), shape[0], cyclic);
            }
        }
    }

    static void max(TestWriter.Group out) {
        int[][] chain = new int[MAX_N - 1][];
        for (int i = 0; i + 1 < MAX_N; i++) {
            chain[i] = new int[] {i + 1, i};
        }
        add(out, "max-chain", MAX_N, chain);
        int[][] chainCycle = new int[MAX_N][];
        System.arraycopy(chain, 0, chainCycle, 0, MAX_N - 1);
        chainCycle[MAX_N - 1] = new int[] {0, MAX_N - 1};
        add(out, "max-one-long-cycle", MAX_N, chainCycle);
        List<int[]> ladder = new ArrayList<>();
        for (int layer = 0; 2 * layer + 3 < MAX_N && ladder.size() + 4 <= MAX_E; layer++) {
            for (int from = 2 * layer; from < 2 * layer + 2; from++) {
                for (int to = 2 * layer + 2; to < 2 * layer + 4; to++) {
                    ladder.add(new int[] {to, from});
                }
            }
        }
        add(out, "max-ladder-of-diamonds", MAX_N, ladder.toArray(new int[0][]));
        List<int[]> ladderCycle = new ArrayList<>(ladder.subList(0, ladder.size() - 1));
        int last = ladder.get(ladder.size() - 1)[0];
        ladderCycle.add(new int[] {0, last});
        add(out, "max-ladder-of-diamonds-closed", MAX_N, ladderCycle.toArray(new int[0][]));
        Random rnd = new Random(4001);
        int[][] dense = randomDag(rnd, MAX_N, MAX_E);
        add(out, "max-random-dag", MAX_N, dense);
        add(out, "max-random-dag-one-edge-reversed", MAX_N, closeCycle(rnd, MAX_N, dense));
        int[][] small = randomDag(rnd, 100, MAX_E);
        add(out, "max-pairs-100-courses-dag", 100, small);
    }

    /** e distinct edges that all go from a lower to a higher position of a random order of the courses. */
    static int[][] randomDag(Random rnd, int n, int e) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        long possible = (long) n * (n - 1) / 2;
        e = (int) Math.min(e, possible);
        java.util.Set<Long> used = new java.util.HashSet<>();
        int[][] edges = new int[e][];
        for (int k = 0; k < e; k++) {
            int i, j;
            do {
                i = rnd.nextInt(n);
                j = rnd.nextInt(n);
                if (i > j) {
                    int t = i;
                    i = j;
                    j = t;
                }
            } while (i == j || !used.add((long) i * n + j));
            edges[k] = new int[] {order[j], order[i]};
        }
        return edges;
    }

    /** The edges with one edge on a path of length >= 2 reversed, or null when no such path exists. */
    static int[][] closeCycle(Random rnd, int n, int[][] dag) {
        for (int k = 0; k < dag.length; k++) {
            int idx = (k + rnd.nextInt(dag.length)) % dag.length;
            int[][] copy = dag.clone();
            copy[idx] = new int[] {dag[idx][1], dag[idx][0]};
            if (!canFinish(n, copy)) {
                return copy;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- building tests

    static void add(TestWriter.Group out, String name, int n, int[][] pairs) {
        if (n < 1 || n > MAX_N) {
            throw new IllegalStateException(name + ": numCourses = " + n);
        }
        if (pairs.length > MAX_E) {
            throw new IllegalStateException(name + ": " + pairs.length + " pairs");
        }
        for (int[] p : pairs) {
            if (p.length != 2 || p[0] < 0 || p[0] >= n || p[1] < 0 || p[1] >= n) {
                throw new IllegalStateException(name + ": pair " + java.util.Arrays.toString(p));
            }
        }
        boolean expected = canFinish(n, pairs);
        if (expected != !hasCycle(n, pairs)) {
            throw new IllegalStateException(name + ": reference and the colour search disagree");
        }
        out.add(name, expected, n, pairs);
    }

    /** Copy of reference/Solution.java: Kahn's algorithm. */
    static boolean canFinish(int numCourses, int[][] prerequisites) {
        int e = prerequisites.length;
        int[] head = new int[numCourses];
        int[] next = new int[e];
        int[] to = new int[e];
        int[] indegree = new int[numCourses];
        java.util.Arrays.fill(head, -1);
        for (int i = 0; i < e; i++) {
            int a = prerequisites[i][0], b = prerequisites[i][1];
            to[i] = a;
            next[i] = head[b];
            head[b] = i;
            indegree[a]++;
        }
        int[] queue = new int[numCourses];
        int tail = 0;
        for (int c = 0; c < numCourses; c++) {
            if (indegree[c] == 0) {
                queue[tail++] = c;
            }
        }
        for (int h = 0; h < tail; h++) {
            for (int i = head[queue[h]]; i >= 0; i = next[i]) {
                if (--indegree[to[i]] == 0) {
                    queue[tail++] = to[i];
                }
            }
        }
        return tail == numCourses;
    }

    /** Independent: iterative depth-first search; an edge to a grey (on the path) course is a cycle. */
    static boolean hasCycle(int n, int[][] pairs) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adj.add(new ArrayList<>());
        }
        for (int[] p : pairs) {
            adj.get(p[1]).add(p[0]);
        }
        int[] colour = new int[n];
        int[] stack = new int[n];
        int[] pos = new int[n];
        for (int s = 0; s < n; s++) {
            if (colour[s] != 0) {
                continue;
            }
            int top = 0;
            stack[top++] = s;
            colour[s] = 1;
            pos[s] = 0;
            while (top > 0) {
                int u = stack[top - 1];
                if (pos[u] < adj.get(u).size()) {
                    int v = adj.get(u).get(pos[u]++);
                    if (colour[v] == 1) {
                        return true;
                    }
                    if (colour[v] == 0) {
                        colour[v] = 1;
                        pos[v] = 0;
                        stack[top++] = v;
                    }
                } else {
                    colour[u] = 2;
                    top--;
                }
            }
        }
        return false;
    }
}
