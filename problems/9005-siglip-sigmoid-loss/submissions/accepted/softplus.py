# Accepted: -log(sigmoid(y)) is softplus(-y) = max(-y, 0) + log1p(exp(-|y|)), which never overflows;
# the bias is added after the temperature, and the sum is divided by the batch size n, as in the paper.
class Solution:
    def sigLipLoss(self, imageEmb: List[List[float]], textEmb: List[List[float]], t: float, b: float) -> float:
        def unit(rows):
            out = []
            for r in rows:
                norm = sqrt(sum(a * a for a in r))
                out.append([a / norm for a in r])
            return out

        u, v = unit(imageEmb), unit(textEmb)
        total = 0.0
        for i, ui in enumerate(u):
            for j, vj in enumerate(v):
                x = t * sum(map(operator.mul, ui, vj)) + b
                y = -x if i == j else x  # -log sigmoid(z * x) = softplus(-z * x)
                total += max(y, 0.0) + log1p(exp(-abs(y)))
        return total / len(u)
