# Accepted: unit vectors, the logit matrix, and each row's and column's log-sum-exp shifted by its maximum
# (exp of a logit itself overflows at logitScale = 1000).
class Solution:
    def clipLoss(self, imageEmb: List[List[float]], textEmb: List[List[float]], logitScale: float) -> float:
        def unit(rows):
            out = []
            for r in rows:
                norm = sqrt(sum(a * a for a in r))
                out.append([a / norm for a in r])
            return out

        def lse(xs):
            top = max(xs)
            return top + log(sum(exp(x - top) for x in xs))

        u, v = unit(imageEmb), unit(textEmb)
        z = [[logitScale * sum(map(operator.mul, ui, vj)) for vj in v] for ui in u]
        n = len(z)
        rows = sum(lse(z[i]) - z[i][i] for i in range(n))
        cols = sum(lse(col) - z[j][j] for j, col in enumerate(zip(*z)))
        return (rows + cols) / (2 * n)
