/*
 * Writes the hidden tests of 102. Binary Tree Level Order Traversal: tests/hidden/*.json.
 *
 * Run from the repository root:
 *
 *     java problems/0102-binary-tree-level-order-traversal/generator/GenerateTests.java problems/0102-binary-tree-level-order-traversal
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs give
 * byte-identical files. A tree is built here as arrays of children, written in LeetCode's level order
 * (null for a missing child, trailing nulls trimmed), read back and compared, and its levels are computed
 * by a depth-first walk (not the reference's breadth-first search). Every input is checked against the
 * constraints (0 to 2000 nodes, values -1000..1000) and every name must be unique, examples included.
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  the empty tree, one node, values -1000 and 1000, 2000 nodes as a complete tree,
 *                       as a left chain and as a right chain (2000 levels).
 *   02-tricky.json      levels with gaps (a right child without a left sibling), nodes of one level under
 *                       different parents, equal values, a root with only a right subtree: the traps of
 *                       the right-before-left order and of reading the queue's size in the loop.
 *   03-random.json      random trees of every size: shapes from random insertion order, from random
 *                       attachment, and bushy ones.
 *   04-max.json         2000 nodes: a zigzag chain, a caterpillar (a chain with a leaf on every node), two
 *                       long chains under the root, random shapes. On a 2000-deep chain a solution that
 *                       looks up each node's depth from the root, per level, takes about 4 * 10^9 steps.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

public class GenerateTests {

    static final int MAX_N = 2000;
    static final int MIN_V = -1000;
    static final int MAX_V = 1000;

    /** Node i has value val[i] and children left[i], right[i] (-1 for none); node 0 is the root. */
    static final class Tree {
        final List<Integer> val = new ArrayList<>();
        final List<Integer> left = new ArrayList<>();
        final List<Integer> right = new ArrayList<>();

        int add(int v) {
            val.add(v);
            left.add(-1);
            right.add(-1);
            return val.size() - 1;
        }

        int size() {
            return val.size();
        }
    }

    record Test(String name, Tree tree) {}

    static final Set<String> NAMES = new HashSet<>(List.of("example-1", "example-2", "example-3"));

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java GenerateTests.java <problem directory>");
            System.exit(2);
        }
        Path hidden = Path.of(args[0]).resolve("tests").resolve("hidden");
        Files.createDirectories(hidden);
        List<String> written = new ArrayList<>();
        Object[][] groups = {
            {"01-boundaries.json", boundaries()},
            {"02-tricky.json", tricky()},
            {"03-random.json", random()},
            {"04-max.json", max()},
        };
        for (Object[] group : groups) {
            String file = (String) group[0];
            @SuppressWarnings("unchecked")
            List<Test> tests = (List<Test>) group[1];
            byte[] json = toJson(tests).getBytes(StandardCharsets.UTF_8);
            Files.write(hidden.resolve(file), json);
            written.add(file);
            System.out.printf("%-20s %3d tests %9d bytes%n", file, tests.size(), json.length);
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(hidden, "*.json")) {
            for (Path p : dir) {
                if (!written.contains(p.getFileName().toString())) {
                    Files.delete(p);
                    System.out.println("deleted stale " + p);
                }
            }
        }
    }

    // ---------------------------------------------------------------- groups

    static List<Test> boundaries() {
        List<Test> out = new ArrayList<>();
        add(out, "empty-again", "[]");
        add(out, "one-node-min", "[-1000]");
        add(out, "one-node-max", "[1000]");
        add(out, "root-and-both-children-at-bounds", "[0,-1000,1000]");
        Random rnd = new Random(102);
        out.add(test("max-complete-tree", complete(MAX_N, rnd)));
        out.add(test("max-left-chain", chain(MAX_N, rnd, "L")));
        out.add(test("max-right-chain", chain(MAX_N, rnd, "R")));
        return out;
    }

    static List<Test> tricky() {
        List<Test> out = new ArrayList<>();
        add(out, "right-child-only", "[1,null,2]");
        add(out, "left-child-only", "[1,2]");
        add(out, "gap-in-second-level", "[1,null,2,3,4]");
        add(out, "cousins-under-different-parents", "[1,2,3,4,null,null,5]");
        add(out, "inner-cousins", "[1,2,3,null,4,5]");
        add(out, "equal-values", "[7,7,7,7,null,7,7]");
        add(out, "negative-values", "[-1,-2,-3,-4,-5,-6,-7]");
        add(out, "wide-third-level", "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]");
        add(out, "only-right-subtree-deep", "[1,null,2,null,3,4,5,null,6]");
        add(out, "zigzag-small", "[1,2,null,null,3,4,null,null,5]");
        add(out, "uneven-levels", "[3,9,20,1,null,15,7,null,2,null,null,null,8]");
        return out;
    }

    static List<Test> random() {
        List<Test> out = new ArrayList<>();
        Random rnd = new Random(1020);
        int[] sizes = {2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 30, 50, 100, 200, 500, 1000, 1500};
        for (int i = 0; i < sizes.length; i++) {
            out.add(test("random-attach-" + sizes[i], attach(sizes[i], rnd)));
            out.add(test("random-bst-" + sizes[i], bst(sizes[i], rnd)));
        }
        for (int i = 1; i <= 6; i++) {
            out.add(test("random-bushy-" + i, complete(1 + rnd.nextInt(300), rnd)));
        }
        return out;
    }

    static List<Test> max() {
        List<Test> out = new ArrayList<>();
        Random rnd = new Random(10200);
        out.add(test("max-zigzag-chain", chain(MAX_N, rnd, "LR")));
        out.add(test("max-caterpillar", caterpillar(MAX_N, rnd)));
        Tree two = new Tree();
        int root = two.add(0);
        int l = root;
        int r = root;
        for (int i = 1; i < MAX_N; i++) {
            int n = two.add(value(rnd));
            if (i % 2 == 1) {
                two.left.set(l, n);
                l = n;
            } else {
                two.right.set(r, n);
                r = n;
            }
        }
        out.add(test("max-two-chains-under-root", two));
        out.add(test("max-random-attach", attach(MAX_N, rnd)));
        out.add(test("max-random-bst", bst(MAX_N, rnd)));
        return out;
    }

    // ---------------------------------------------------------------- shapes

    static int value(Random rnd) {
        return MIN_V + rnd.nextInt(MAX_V - MIN_V + 1);
    }

    /** A complete tree: node i's children are 2i+1 and 2i+2. */
    static Tree complete(int n, Random rnd) {
        Tree t = new Tree();
        for (int i = 0; i < n; i++) {
            t.add(value(rnd));
        }
        for (int i = 0; i < n; i++) {
            if (2 * i + 1 < n) {
                t.left.set(i, 2 * i + 1);
            }
            if (2 * i + 2 < n) {
                t.right.set(i, 2 * i + 2);
            }
        }
        return t;
    }

    /** A chain whose steps repeat the pattern: "L" all left, "R" all right, "LR" alternating. */
    static Tree chain(int n, Random rnd, String pattern) {
        Tree t = new Tree();
        int prev = t.add(value(rnd));
        for (int i = 1; i < n; i++) {
            int node = t.add(value(rnd));
            (pattern.charAt(i % pattern.length()) == 'L' ? t.left : t.right).set(prev, node);
            prev = node;
        }
        return t;
    }

    /** A right chain with a left leaf on every chain node. */
    static Tree caterpillar(int n, Random rnd) {
        Tree t = new Tree();
        int spine = t.add(value(rnd));
        while (t.size() < n) {
            int leaf = t.add(value(rnd));
            t.left.set(spine, leaf);
            if (t.size() < n) {
                int next = t.add(value(rnd));
                t.right.set(spine, next);
                spine = next;
            }
        }
        return t;
    }

    /** Each new node hangs on a free child slot of a random earlier node. */
    static Tree attach(int n, Random rnd) {
        Tree t = new Tree();
        t.add(value(rnd));
        List<int[]> free = new ArrayList<>(List.of(new int[] {0, 0}, new int[] {0, 1}));
        for (int i = 1; i < n; i++) {
            int[] slot = free.remove(rnd.nextInt(free.size()));
            int node = t.add(value(rnd));
            (slot[1] == 0 ? t.left : t.right).set(slot[0], node);
            free.add(new int[] {node, 0});
            free.add(new int[] {node, 1});
        }
        return t;
    }

    /** The shape of a binary search tree of n random keys inserted in order (values random too). */
    static Tree bst(int n, Random rnd) {
        Tree t = new Tree();
        List<Integer> keys = new ArrayList<>();
        int root = t.add(value(rnd));
        keys.add(rnd.nextInt());
        for (int i = 1; i < n; i++) {
            int key = rnd.nextInt();
            int node = t.add(value(rnd));
            keys.add(key);
            int at = root;
            while (true) {
                List<Integer> side = key < keys.get(at) ? t.left : t.right;
                if (side.get(at) < 0) {
                    side.set(at, node);
                    break;
                }
                at = side.get(at);
            }
        }
        return t;
    }

    // ---------------------------------------------------------------- format and checks

    static void add(List<Test> out, String name, String levelOrder) {
        out.add(test(name, parse(levelOrder)));
    }

    static Test test(String name, Tree tree) {
        if (!NAMES.add(name)) {
            throw new IllegalStateException("duplicate test name " + name);
        }
        if (tree.size() > MAX_N) {
            throw new IllegalStateException(name + ": " + tree.size() + " nodes");
        }
        for (int v : tree.val) {
            if (v < MIN_V || v > MAX_V) {
                throw new IllegalStateException(name + ": value " + v);
            }
        }
        String written = write(tree);
        if (!write(parse(written)).equals(written)) {
            throw new IllegalStateException(name + ": level order does not read back");
        }
        return new Test(name, tree);
    }

    /** LeetCode's level order: each node's two child slots in breadth-first order, trailing nulls cut. */
    static String write(Tree t) {
        List<String> items = new ArrayList<>();
        if (t.size() > 0) {
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(0));
            items.add(String.valueOf(t.val.get(0)));
            while (!queue.isEmpty()) {
                int n = queue.poll();
                for (List<Integer> side : List.of(t.left, t.right)) {
                    int c = side.get(n);
                    items.add(c < 0 ? "null" : String.valueOf(t.val.get(c)));
                    if (c >= 0) {
                        queue.add(c);
                    }
                }
            }
        }
        int end = items.size();
        while (end > 0 && items.get(end - 1).equals("null")) {
            end--;
        }
        return "[" + String.join(",", items.subList(0, end)) + "]";
    }

    static Tree parse(String text) {
        Tree t = new Tree();
        String body = text.strip().substring(1, text.strip().length() - 1).strip();
        if (body.isEmpty()) {
            return t;
        }
        String[] items = body.split(",");
        t.add(Integer.parseInt(items[0].strip()));
        ArrayDeque<Integer> parents = new ArrayDeque<>(List.of(0));
        int i = 1;
        while (i < items.length) {
            int p = parents.poll();
            for (List<Integer> side : List.of(t.left, t.right)) {
                if (i < items.length) {
                    String item = items[i++].strip();
                    if (!item.equals("null")) {
                        int c = t.add(Integer.parseInt(item));
                        side.set(p, c);
                        parents.add(c);
                    }
                }
            }
        }
        return t;
    }

    /** The levels by a depth-first walk (iterative, for 2000-deep chains): preorder meets each level left to right. */
    static String levels(Tree t) {
        List<List<Integer>> levels = new ArrayList<>();
        if (t.size() > 0) {
            ArrayDeque<int[]> stack = new ArrayDeque<>();
            stack.push(new int[] {0, 0});
            while (!stack.isEmpty()) {
                int[] top = stack.pop();
                int n = top[0];
                int d = top[1];
                if (levels.size() == d) {
                    levels.add(new ArrayList<>());
                }
                levels.get(d).add(t.val.get(n));
                if (t.right.get(n) >= 0) {
                    stack.push(new int[] {t.right.get(n), d + 1});
                }
                if (t.left.get(n) >= 0) {
                    stack.push(new int[] {t.left.get(n), d + 1});
                }
            }
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < levels.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(levels.get(i).toString().replace(" ", ""));
        }
        return sb.append(']').toString();
    }

    static String toJson(List<Test> tests) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < tests.size(); i++) {
            Test t = tests.get(i);
            sb.append("{\"name\":\"").append(t.name()).append("\",\"input\":{\"root\":").append(write(t.tree()))
                    .append("},\"expected\":").append(levels(t.tree())).append('}')
                    .append(i + 1 < tests.size() ? ",\n" : "\n");
        }
        return sb.append("]\n").toString();
    }
}
