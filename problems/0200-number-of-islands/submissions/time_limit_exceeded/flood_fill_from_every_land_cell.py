class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # Flood-fills the whole island again from every land cell, to find the island's smallest cell:
        # O((rows * cols)^2) on a grid that is mostly land.
        rows, cols = len(grid), len(grid[0])
        leaders = set()
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != "1":
                    continue
                seen = {(r, c)}
                stack = [(r, c)]
                while stack:
                    i, j = stack.pop()
                    for ni, nj in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= ni < rows and 0 <= nj < cols and grid[ni][nj] == "1" and (ni, nj) not in seen:
                            seen.add((ni, nj))
                            stack.append((ni, nj))
                leaders.add(min(seen))
        return len(leaders)
