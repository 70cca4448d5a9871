/*
 * Accepted: union-find over the land cells with path halving and union by size. Every land cell starts
 * as an island of its own; each union of two different sets along a side removes one.
 */
class Solution {
    private int[] parent;
    private int[] size;

    public int numIslands(char[][] grid) {
        int m = grid.length;
        int n = grid[0].length;
        parent = new int[m * n];
        size = new int[m * n];
        int islands = 0;
        for (int i = 0; i < m * n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                if (grid[r][c] != '1') {
                    continue;
                }
                islands++;
                if (r > 0 && grid[r - 1][c] == '1' && union(r * n + c, (r - 1) * n + c)) {
                    islands--;
                }
                if (c > 0 && grid[r][c - 1] == '1' && union(r * n + c, r * n + c - 1)) {
                    islands--;
                }
            }
        }
        return islands;
    }

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        return true;
    }
}
