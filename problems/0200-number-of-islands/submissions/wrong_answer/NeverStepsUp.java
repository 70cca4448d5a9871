/*
 * Wrong answer: the flood fill tries down, left and right but never up. An island whose part can only be
 * reached by climbing from where the scan entered it, such as a U ([["1","0","1"],["1","1","1"]]), is
 * split in two: it answers 2 for that U, not 1.
 */
class Solution {
    public int numIslands(char[][] grid) {
        int islands = 0;
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[0].length; c++) {
                if (grid[r][c] == '1') {
                    islands++;
                    sink(grid, r, c);
                }
            }
        }
        return islands;
    }

    private void sink(char[][] grid, int r, int c) {
        if (r < 0 || r >= grid.length || c < 0 || c >= grid[0].length || grid[r][c] != '1') {
            return;
        }
        grid[r][c] = '0';
        sink(grid, r + 1, c);
        sink(grid, r, c + 1);
        sink(grid, r, c - 1);
    }
}
