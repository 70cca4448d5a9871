class Solution:
    def myPow(self, x: float, n: int) -> float:
        # O(|n|) multiplications; |n| goes up to 2^31.
        if n < 0:
            x, n = 1 / x, -n
        result = 1.0
        for _ in range(n):
            result *= x
        return result
