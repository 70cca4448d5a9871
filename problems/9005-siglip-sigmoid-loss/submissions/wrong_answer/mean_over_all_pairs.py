# Wrong Answer: divides by the n^2 pairs instead of the batch size n. Caught by "identity-two":
# [[1,0],[0,1]], [[1,0],[0,1]], 1, 0 (expected 1.0064..., gets 0.5032...).
class Solution:
    def sigLipLoss(self, imageEmb: List[List[float]], textEmb: List[List[float]], t: float, b: float) -> float:
        def unit(rows):
            return [[a / sqrt(sum(c * c for c in r)) for a in r] for r in rows]

        u, v = unit(imageEmb), unit(textEmb)
        n = len(u)
        total = 0.0
        for i in range(n):
            for j in range(n):
                y = -(1 if i == j else -1) * (t * sum(a * c for a, c in zip(u[i], v[j])) + b)
                total += max(y, 0.0) + log1p(exp(-abs(y)))
        return total / (n * n)
