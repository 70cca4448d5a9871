class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # The recursion without memory: exponentially many calls for large amounts.
        def fewest(a):
            if a == 0:
                return 0
            best = inf
            for c in coins:
                if c <= a:
                    best = min(best, fewest(a - c) + 1)
            return best

        result = fewest(amount)
        return -1 if result == inf else result
