# Runtime Error: -log(1 / (1 + exp(-y))) as the formula reads: Java's NaiveLogSigmoid. In Java exp(999)
# is Infinity, sigmoid 0 and the loss Infinity (a Wrong Answer); Python's math.exp raises OverflowError
# ("math range error"). Caught by "bias-minus-1000": [[1]], [[1]], 1, -1000 (expected 999.0).
class Solution:
    def sigLipLoss(self, imageEmb: List[List[float]], textEmb: List[List[float]], t: float, b: float) -> float:
        def unit(rows):
            return [[a / sqrt(sum(c * c for c in r)) for a in r] for r in rows]

        u, v = unit(imageEmb), unit(textEmb)
        n = len(u)
        total = 0.0
        for i in range(n):
            for j in range(n):
                x = t * sum(a * c for a, c in zip(u[i], v[j])) + b
                z = 1 if i == j else -1
                total += -log(1 / (1 + exp(-z * x)))
        return total / n
