# Wrong Answer: only the row (image -> text) half of the symmetric loss. Caught by "asymmetric-batch" (example 2):
# [[1,0],[1,0]], [[1,0],[0,1]], 1 (expected 0.753204434039084, gets 0.8132616875182228).
class Solution:
    def clipLoss(self, imageEmb: List[List[float]], textEmb: List[List[float]], logitScale: float) -> float:
        def unit(rows):
            return [[a / sqrt(sum(b * b for b in r)) for a in r] for r in rows]

        u, v = unit(imageEmb), unit(textEmb)
        total = 0.0
        for i, ui in enumerate(u):
            z = [logitScale * sum(a * b for a, b in zip(ui, vj)) for vj in v]
            top = max(z)
            total += top + log(sum(exp(x - top) for x in z)) - z[i]
        return total / len(u)
