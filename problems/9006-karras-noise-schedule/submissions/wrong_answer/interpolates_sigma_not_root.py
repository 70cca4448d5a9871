# Wrong Answer: interpolates the rho-th roots but forgets to raise the result back to rho. Caught by
# "two-steps-rho-2": 2, 1, 81, 2 (expected [81.0,1.0,0.0], gets [9.0,1.0,0.0]).
class Solution:
    def karrasSigmas(self, n: int, sigmaMin: float, sigmaMax: float, rho: float) -> List[float]:
        hi, lo = sigmaMax ** (1 / rho), sigmaMin ** (1 / rho)
        out = [hi + (i / (n - 1) if n > 1 else 0.0) * (lo - hi) for i in range(n)]
        return out + [0.0]
