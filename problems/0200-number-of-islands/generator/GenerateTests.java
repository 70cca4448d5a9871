/*
 * Writes the hidden tests of 200. Number of Islands: tests/hidden/*.json.
 *
 * Run from the repository root, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0200-number-of-islands/generator/GenerateTests.java problems/0200-number-of-islands
 *
 * Deterministic (java.util.Random with literal seeds, fixed order): two runs give byte-identical files.
 * Expected answers come from this program's copy of the reference (an iterative flood fill) and are
 * checked against an independent union-find. Every grid is checked against the constraints (1 <= m, n <=
 * 300, rows of equal length, only '0' and '1').
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  1 x 1 land and water, a single row and a single column (n = 1 and m = 1 at 300),
 *                       all land and all water, land only on the outer edge.
 *   02-tricky.json      Islands that a flood fill must enter against each direction (a U needs "up", a
 *                       mirrored one "left"...), land meeting only at corners, an island only in the last
 *                       row or the last column, a ring around a lake with an island in it, a spiral.
 *   03-random.json      Small random grids at several land densities, and medium ones (40 x 60).
 *   04-max.json         300 x 300: all land (one island of 90,000 cells: quadratic per-cell floods time
 *                       out), all water, a checkerboard (45,000 islands), stripes, a snake one cell wide
 *                       (a flood 45,000 cells deep), random land near the percolation threshold.
 */

import java.nio.file.Path;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX = 300;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "grid");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    // ---------------------------------------------------------------- groups

    static void boundaries(TestWriter.Group out) {
        add(out, "one-cell-land", "1");
        add(out, "one-cell-water", "0");
        add(out, "one-row-alternating", "10101");
        add(out, "one-column-alternating", "1", "0", "1", "1", "0");
        add(out, "one-row-max-all-land", filled(1, MAX, '1'));
        add(out, "one-column-max-alternating", stripes(MAX, 1));
        add(out, "one-row-max-pairs", pattern(1, MAX, (r, c) -> c % 3 != 2));
        add(out, "two-by-two-all-land", "11", "11");
        add(out, "two-by-two-all-water", "00", "00");
        add(out, "edge-only", "11111", "10001", "10001", "11111");
        add(out, "corners-only", "101", "000", "101");
    }

    static void tricky(TestWriter.Group out) {
        add(out, "u-needs-up", "101", "111");
        add(out, "mirrored-l-needs-left", "001", "111");
        add(out, "needs-right-after-down", "100", "111");
        add(out, "needs-down-after-left", "011", "110", "100");
        add(out, "deep-u-needs-up-twice", "10001", "10101", "11111");
        add(out, "comb-from-below", "10101", "10101", "11111");
        add(out, "diagonal-only-pair", "10", "01");
        add(out, "diagonal-line", "1000", "0100", "0010", "0001");
        add(out, "checkerboard-small", "1010", "0101", "1010");
        add(out, "island-only-in-last-row", "000", "000", "101");
        add(out, "island-only-in-last-column", "000", "001", "000", "001");
        add(out, "last-row-single-cell", "0", "1");
        add(out, "ring-with-island-inside", "11111", "10001", "10101", "10001", "11111");
        add(out, "spiral", "11111", "00001", "11101", "10001", "11111");
        add(out, "two-islands-touching-diagonally", "1100", "1100", "0011", "0011");
        add(out, "long-snake", "1111", "0001", "1111", "1000", "1111");
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(200_03);
        double[] densities = {0.2, 0.4, 0.5, 0.6, 0.8};
        int k = 0;
        for (int round = 0; round < 3; round++) {
            for (double density : densities) {
                int m = 1 + rnd.nextInt(round == 0 ? 4 : 12);
                int n = 1 + rnd.nextInt(round == 0 ? 4 : 12);
                add(out, String.format("random-small-%02d", ++k), randomGrid(rnd, m, n, density));
            }
        }
        Random mid = new Random(200_13);
        add(out, "random-medium-sparse", randomGrid(mid, 40, 60, 0.3));
        add(out, "random-medium-half", randomGrid(mid, 40, 60, 0.5));
        add(out, "random-medium-dense", randomGrid(mid, 60, 40, 0.7));
    }

    static void max(TestWriter.Group out) {
        add(out, "max-all-land", filled(MAX, MAX, '1'));
        add(out, "max-all-water", filled(MAX, MAX, '0'));
        add(out, "max-checkerboard", pattern(MAX, MAX, (r, c) -> (r + c) % 2 == 0));
        add(out, "max-row-stripes", pattern(MAX, MAX, (r, c) -> r % 2 == 0));
        // A snake one cell wide: rows of land joined at alternating ends, 45,150 cells in one island.
        add(out, "max-snake", pattern(MAX, MAX, (r, c) -> r % 2 == 0 || (r % 4 == 1 ? c == MAX - 1 : c == 0)));
        add(out, "max-random-near-percolation", randomGrid(new Random(200_41), MAX, MAX, 0.59));
        add(out, "max-random-sparse", randomGrid(new Random(200_42), MAX, MAX, 0.25));
        add(out, "max-one-row-of-water-between-two-halves", pattern(MAX, MAX, (r, c) -> r != MAX / 2));
    }

    // ---------------------------------------------------------------- building grids

    interface Land {
        boolean at(int r, int c);
    }

    static char[][] pattern(int m, int n, Land land) {
        char[][] g = new char[m][n];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                g[r][c] = land.at(r, c) ? '1' : '0';
            }
        }
        return g;
    }

    static char[][] filled(int m, int n, char ch) {
        return pattern(m, n, (r, c) -> ch == '1');
    }

    static char[][] stripes(int m, int n) {
        return pattern(m, n, (r, c) -> r % 2 == 0);
    }

    static char[][] randomGrid(Random rnd, int m, int n, double density) {
        char[][] g = new char[m][n];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                g[r][c] = rnd.nextDouble() < density ? '1' : '0';
            }
        }
        return g;
    }

    static void add(TestWriter.Group out, String name, String... rows) {
        char[][] g = new char[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            g[r] = rows[r].toCharArray();
        }
        add(out, name, g);
    }

    static void add(TestWriter.Group out, String name, char[][] grid) {
        if (grid.length < 1 || grid.length > MAX) {
            throw new IllegalStateException(name + ": m = " + grid.length);
        }
        for (char[] row : grid) {
            if (row.length < 1 || row.length > MAX || row.length != grid[0].length) {
                throw new IllegalStateException(name + ": a row of length " + row.length);
            }
            for (char ch : row) {
                if (ch != '0' && ch != '1') {
                    throw new IllegalStateException(name + ": character " + ch);
                }
            }
        }
        int expected = numIslands(grid);
        if (expected != unionFind(grid)) {
            throw new IllegalStateException(name + ": flood fill and union-find disagree");
        }
        out.add(name, expected, (Object) grid);
    }

    // ---------------------------------------------------------------- answers

    /** Copy of reference/Solution.java (on a copy of the grid, which it sinks). */
    static int numIslands(char[][] original) {
        int m = original.length;
        int n = original[0].length;
        char[][] grid = new char[m][];
        for (int r = 0; r < m; r++) {
            grid[r] = original[r].clone();
        }
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        int[] stack = new int[m * n];
        int islands = 0;
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                if (grid[r][c] != '1') {
                    continue;
                }
                islands++;
                int top = 0;
                grid[r][c] = '0';
                stack[top++] = r * n + c;
                while (top > 0) {
                    int cell = stack[--top];
                    for (int[] step : steps) {
                        int nr = cell / n + step[0];
                        int nc = cell % n + step[1];
                        if (nr >= 0 && nr < m && nc >= 0 && nc < n && grid[nr][nc] == '1') {
                            grid[nr][nc] = '0';
                            stack[top++] = nr * n + nc;
                        }
                    }
                }
            }
        }
        return islands;
    }

    /** Independent check: union-find over land cells, counting the roots. */
    static int unionFind(char[][] grid) {
        int m = grid.length;
        int n = grid[0].length;
        int[] parent = new int[m * n];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                if (grid[r][c] == '1' && r + 1 < m && grid[r + 1][c] == '1') {
                    parent[root(parent, r * n + c)] = root(parent, (r + 1) * n + c);
                }
                if (grid[r][c] == '1' && c + 1 < n && grid[r][c + 1] == '1') {
                    parent[root(parent, r * n + c)] = root(parent, r * n + c + 1);
                }
            }
        }
        int roots = 0;
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                roots += grid[r][c] == '1' && root(parent, r * n + c) == r * n + c ? 1 : 0;
            }
        }
        return roots;
    }

    static int root(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
