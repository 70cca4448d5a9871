# Accepted: the roots through exp(log(x) / rho) and the powers through exp(rho * log(root)), with the two
# end points set exactly. A different rounding than the reference, well inside 1e-9.
class Solution:
    def karrasSigmas(self, n: int, sigmaMin: float, sigmaMax: float, rho: float) -> List[float]:
        s = [0.0] * (n + 1)
        a, b = exp(log(sigmaMax) / rho), exp(log(sigmaMin) / rho)
        s[0] = sigmaMax
        for i in range(1, n):
            s[i] = sigmaMin if i == n - 1 else exp(rho * log(a + (b - a) * i / (n - 1)))
        return s
