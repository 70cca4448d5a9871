# Accepted: interpolates evenly between the rho-th roots of sigmaMax and sigmaMin, raises back to rho, and
# appends the final 0; with one step the fraction i / (n - 1) is taken as 0.
class Solution:
    def karrasSigmas(self, n: int, sigmaMin: float, sigmaMax: float, rho: float) -> List[float]:
        hi, lo = sigmaMax ** (1 / rho), sigmaMin ** (1 / rho)
        sigmas = [(hi + (i / (n - 1) if n > 1 else 0.0) * (lo - hi)) ** rho for i in range(n)]
        return sigmas + [0.0]
