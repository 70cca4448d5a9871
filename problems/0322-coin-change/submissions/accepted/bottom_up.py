class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        best = [0] + [inf] * amount
        for c in coins:
            for a in range(c, amount + 1):
                if best[a - c] + 1 < best[a]:
                    best[a] = best[a - c] + 1
        return -1 if best[amount] == inf else best[amount]
