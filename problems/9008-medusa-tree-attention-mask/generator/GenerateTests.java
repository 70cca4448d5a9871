/*
 * Writes the hidden tests of 9008. Medusa Tree Attention Mask: tests/hidden/*.json.
 *
 *     java -cp target/classes problems/9008-medusa-tree-attention-mask/generator/GenerateTests.java \
 *         problems/9008-medusa-tree-attention-mask
 *
 * Deterministic. Each answer is this program's copy of the reference (sorted prefixes), checked against
 * an independent trie walked breadth first.
 *
 *   01-boundaries.json  one path of length 1; one path of length 8 of 99s; index 0 and 99 together;
 *                       4000 paths (the most), all equal.
 *   02-tricky.json      a deep single path (every ancestor, not only the parent), two-digit indices next to
 *                       one-digit ones ([10] after [2]: numbers, not text), paths whose prefixes are not
 *                       listed, duplicates, paths given out of order, Medusa's own 63-node tree.
 *   03-random.json      random path sets of several sizes, with small and large top-k indices.
 *   04-max.json         4000 paths of length 8 with distinct two-element heads: about 28000 nodes, where
 *                       finding each ancestor by a linear search of the sorted list (as Medusa's Python
 *                       does) is far too slow.
 */

import java.nio.file.Path;
import java.util.*;
import judge.authoring.TestWriter;

public class GenerateTests {
    public static void main(String[] args) throws Exception {
        TestWriter out = new TestWriter(Path.of(args[0]), "paths");
        TestWriter.Group b = out.group("01-boundaries.json");
        add(b, "one-node", new int[][] {{0}});
        add(b, "one-long-path-99", new int[][] {{99, 99, 99, 99, 99, 99, 99, 99}});
        add(b, "indices-0-and-99", new int[][] {{99, 0}, {0, 99}, {99}});
        int[][] same = new int[4000][];
        for (int i = 0; i < same.length; i++) {
            same[i] = new int[] {5, 4, 3, 2, 1, 0, 1, 2};
        }
        add(b, "max-paths-all-equal", same);
        TestWriter.Group t = out.group("02-tricky.json");
        add(t, "one-deep-path", new int[][] {{0, 0, 0}});
        add(t, "two-digit-index", new int[][] {{2, 0}, {10}});
        add(t, "two-digit-deeper", new int[][] {{1, 10, 3}, {1, 9}, {1, 2, 0}, {11}});
        add(t, "implied-prefix", new int[][] {{0, 1}});
        add(t, "implied-prefixes-deep", new int[][] {{3, 2, 1, 0}, {3, 5}});
        add(t, "duplicates", new int[][] {{3, 1}, {3, 1}, {3}, {3, 1}});
        add(t, "out-of-order", new int[][] {{1, 1}, {0}, {1, 0}, {0, 2}, {0, 1}, {1}});
        add(t, "medusa-mc-sim-7b-63", MEDUSA);
        TestWriter.Group r = out.group("03-random.json");
        Random rnd = new Random(9008);
        int[][] shapes = {{1, 3, 2}, {3, 4, 3}, {10, 8, 4}, {30, 5, 10}, {100, 8, 3}, {300, 6, 100}, {1000, 8, 10}, {2000, 3, 100}};
        for (int[] s : shapes) {
            int[][] paths = new int[s[0]][];
            for (int i = 0; i < paths.length; i++) {
                paths[i] = new int[1 + rnd.nextInt(s[1])];
                for (int k = 0; k < paths[i].length; k++) {
                    paths[i][k] = rnd.nextInt(s[2]);
                }
            }
            add(r, "random-" + s[0] + "-paths-top-" + s[2], paths);
        }
        TestWriter.Group m = out.group("04-max.json");
        int[][] max = new int[4000][8];
        for (int i = 0; i < max.length; i++) {
            max[i][0] = i / 100;
            max[i][1] = i % 100;
            for (int k = 2; k < 8; k++) {
                max[i][k] = rnd.nextInt(100);
            }
        }
        add(m, "max-distinct-paths", max);
        out.write();
    }

    static void add(TestWriter.Group g, String name, int[][] paths) {
        if (paths.length < 1 || paths.length > 4000) {
            throw new IllegalStateException(name + ": " + paths.length + " paths");
        }
        for (int[] p : paths) {
            if (p.length < 1 || p.length > 8) {
                throw new IllegalStateException(name + ": a path of length " + p.length);
            }
            for (int x : p) {
                if (x < 0 || x > 99) {
                    throw new IllegalStateException(name + ": index " + x);
                }
            }
        }
        List<List<Integer>> expected = reference(paths);
        if (!expected.equals(trie(paths))) {
            throw new IllegalStateException(name + ": the trie disagrees");
        }
        g.add(name, expected, (Object) paths);
    }

    static List<List<Integer>> reference(int[][] paths) {
        TreeMap<List<Integer>, Integer> nodes = new TreeMap<>((a, b) -> {
            if (a.size() != b.size()) {
                return Integer.compare(a.size(), b.size());
            }
            for (int i = 0; i < a.size(); i++) {
                int c = Integer.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        for (int[] path : paths) {
            List<Integer> prefix = new ArrayList<>();
            for (int x : path) {
                prefix.add(x);
                nodes.putIfAbsent(new ArrayList<>(prefix), 0);
            }
        }
        int next = 1;
        for (Map.Entry<List<Integer>, Integer> e : nodes.entrySet()) {
            e.setValue(next++);
        }
        List<List<Integer>> mask = new ArrayList<>();
        mask.add(List.of(0));
        for (List<Integer> node : nodes.keySet()) {
            List<Integer> row = new ArrayList<>();
            row.add(0);
            for (int len = 1; len <= node.size(); len++) {
                row.add(nodes.get(node.subList(0, len)));
            }
            mask.add(row);
        }
        return mask;
    }

    static final class Node {
        final TreeMap<Integer, Node> children = new TreeMap<>();
        Node parent;
        int id;
    }

    static List<List<Integer>> trie(int[][] paths) {
        Node root = new Node();
        for (int[] p : paths) {
            Node at = root;
            for (int x : p) {
                Node c = at.children.get(x);
                if (c == null) {
                    c = new Node();
                    c.parent = at;
                    at.children.put(x, c);
                }
                at = c;
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        ArrayDeque<Node> queue = new ArrayDeque<>(List.of(root));
        int next = 0;
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            n.id = next++;
            LinkedList<Integer> row = new LinkedList<>();
            for (Node a = n; a != null; a = a.parent) {
                row.addFirst(a.id);
            }
            out.add(new ArrayList<>(row));
            queue.addAll(n.children.values());
        }
        return out;
    }

    /** Medusa's mc_sim_7b_63 candidate tree (medusa/model/medusa_choices.py). */
    static final int[][] MEDUSA = {
        {0}, {0, 0}, {1}, {0, 1}, {2}, {0, 0, 0}, {1, 0}, {0, 2}, {3}, {0, 3}, {4}, {0, 4}, {2, 0}, {0, 5},
        {0, 0, 1}, {5}, {0, 6}, {6}, {0, 7}, {0, 1, 0}, {1, 1}, {7}, {0, 8}, {0, 0, 2}, {3, 0}, {0, 9},
        {8}, {9}, {1, 0, 0}, {0, 2, 0}, {1, 2}, {0, 0, 3}, {4, 0}, {2, 1}, {0, 0, 4}, {0, 0, 5},
        {0, 0, 0, 0}, {0, 1, 1}, {0, 0, 6}, {0, 3, 0}, {5, 0}, {1, 3}, {0, 0, 7}, {0, 0, 8}, {0, 0, 9},
        {6, 0}, {0, 4, 0}, {1, 4}, {7, 0}, {0, 1, 2}, {2, 0, 0}, {3, 1}, {2, 2}, {8, 0}, {0, 5, 0},
        {1, 5}, {1, 0, 1}, {0, 2, 1}, {9, 0}, {0, 6, 0}, {0, 0, 0, 1}, {1, 6}, {0, 7, 0},
    };
}
