# Accepted: softplus as log(1 + exp(y)) on the safe side (y + log(1 + exp(-y)) when y > 0), without
# log1p: it loses only terms below 1e-16, invisible at the tolerance of 1e-6. Norms by hypot.
class Solution:
    def sigLipLoss(self, imageEmb: List[List[float]], textEmb: List[List[float]], t: float, b: float) -> float:
        n = len(imageEmb)
        total = 0.0
        for i in range(n):
            ni = hypot(*imageEmb[i])
            for j in range(n):
                nj = hypot(*textEmb[j])
                dot = sum(a * c for a, c in zip(imageEmb[i], textEmb[j]))
                y = -(1 if i == j else -1) * (t * (dot / (ni * nj)) + b)
                total += y + log(1 + exp(-y)) if y > 0 else log(1 + exp(y))
        return total / n
