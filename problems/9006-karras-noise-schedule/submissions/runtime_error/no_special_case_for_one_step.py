# Runtime Error: no special case for n = 1, where the fraction is 0 / 0: Java's NoSpecialCaseForOneStep.
# Java's 0.0 / 0 is NaN (a Wrong Answer); Python raises ZeroDivisionError. Caught by "one-step":
# 1, 0.002, 80, 7 (expected [80.0,0.0]).
class Solution:
    def karrasSigmas(self, n: int, sigmaMin: float, sigmaMax: float, rho: float) -> List[float]:
        hi, lo = sigmaMax ** (1 / rho), sigmaMin ** (1 / rho)
        return [(hi + i / (n - 1) * (lo - hi)) ** rho for i in range(n)] + [0.0]
