import java.util.ArrayDeque;

/*
 * Time limit exceeded: right, but O((m * n)^2) on large islands. It leaves the grid as it is and, for
 * every land cell, floods that cell's whole island afresh (a new visited array each time) to learn whether
 * the cell is the island's first in reading order; it counts the cells that are. One island of 90,000
 * cells ("max-all-land") costs 90,000 floods of 90,000 cells.
 */
class Solution {
    public int numIslands(char[][] grid) {
        int m = grid.length;
        int n = grid[0].length;
        int islands = 0;
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                if (grid[r][c] == '1' && firstOfItsIsland(grid, r, c)) {
                    islands++;
                }
            }
        }
        return islands;
    }

    private boolean firstOfItsIsland(char[][] grid, int r, int c) {
        int m = grid.length;
        int n = grid[0].length;
        boolean[] seen = new boolean[m * n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int start = r * n + c;
        seen[start] = true;
        queue.add(start);
        int first = start;
        while (!queue.isEmpty()) {
            int cell = queue.poll();
            first = Math.min(first, cell);
            int cr = cell / n;
            int cc = cell % n;
            int[][] next = {{cr + 1, cc}, {cr - 1, cc}, {cr, cc + 1}, {cr, cc - 1}};
            for (int[] p : next) {
                if (p[0] >= 0 && p[0] < m && p[1] >= 0 && p[1] < n && grid[p[0]][p[1]] == '1'
                        && !seen[p[0] * n + p[1]]) {
                    seen[p[0] * n + p[1]] = true;
                    queue.add(p[0] * n + p[1]);
                }
            }
        }
        return first == start;
    }
}
