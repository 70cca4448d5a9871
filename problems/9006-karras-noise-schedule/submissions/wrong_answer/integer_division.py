# Wrong Answer: i // (n - 1) in integers: 0 until the last step, so every level but the last two is
# sigmaMax. Caught by "three-steps-edm": 3, 0.002, 80, 7 (expected [80.0,2.515...,0.002...,0.0], gets
# [80.0,80.0,0.002...,0.0]).
class Solution:
    def karrasSigmas(self, n: int, sigmaMin: float, sigmaMax: float, rho: float) -> List[float]:
        hi, lo = sigmaMax ** (1 / rho), sigmaMin ** (1 / rho)
        out = []
        for i in range(n):
            t = 0 if n == 1 else i // (n - 1)
            out.append((hi + t * (lo - hi)) ** rho)
        return out + [0.0]
