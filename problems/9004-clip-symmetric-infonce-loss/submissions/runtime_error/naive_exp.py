# Runtime Error: log(sum(exp(z))) without the maximum: Java's NaiveExp. In Java exp(1000) is Infinity and
# the loss Infinity (a Wrong Answer); Python's math.exp raises OverflowError ("math range error").
# Caught by "scale-1000-aligned" (example 3): [[1,0],[0,1]], [[1,0],[0,1]], 1000 (expected 0.0).
class Solution:
    def clipLoss(self, imageEmb: List[List[float]], textEmb: List[List[float]], logitScale: float) -> float:
        def unit(rows):
            return [[a / sqrt(sum(b * b for b in r)) for a in r] for r in rows]

        u, v = unit(imageEmb), unit(textEmb)
        z = [[logitScale * sum(a * b for a, b in zip(x, y)) for y in v] for x in u]
        n = len(z)
        total = 0.0
        for i in range(n):
            total += log(sum(exp(x) for x in z[i])) + log(sum(exp(z[j][i]) for j in range(n))) - 2 * z[i][i]
        return total / (2 * n)
