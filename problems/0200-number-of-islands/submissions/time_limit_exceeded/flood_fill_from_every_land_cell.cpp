// Time limit exceeded: right, but O((m n)^2): leaves the grid as it is and, from every land cell, floods its
// whole island afresh (a new visited vector each time) to learn whether the cell is the island's first in
// reading order. One island of 90,000 cells ("max-all-land") costs 90,000 floods of 90,000 cells.
class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        int m = grid.size(), n = grid[0].size();
        int islands = 0;
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                if (grid[r][c] == '1' && firstOfItsIsland(grid, r, c)) islands++;
            }
        }
        return islands;
    }

private:
    bool firstOfItsIsland(const vector<vector<char>>& grid, int r, int c) {
        int m = grid.size(), n = grid[0].size();
        vector<bool> seen(m * n, false);
        queue<int> q;
        int start = r * n + c, first = start;
        seen[start] = true;
        q.push(start);
        int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        while (!q.empty()) {
            int cell = q.front();
            q.pop();
            first = min(first, cell);
            for (int d = 0; d < 4; d++) {
                int nr = cell / n + dr[d], nc = cell % n + dc[d];
                if (nr >= 0 && nr < m && nc >= 0 && nc < n && grid[nr][nc] == '1' && !seen[nr * n + nc]) {
                    seen[nr * n + nc] = true;
                    q.push(nr * n + nc);
                }
            }
        }
        return first == start;
    }
};
