# Wrong Answer: raw dot products as similarities, without normalising the embeddings. Caught by
# "unnormalised-lengths": [[2,0],[0,1]], [[1,0],[0,1]], 1 (expected 0.3132616875182228, gets 0.22009484928059775).
class Solution:
    def clipLoss(self, imageEmb: List[List[float]], textEmb: List[List[float]], logitScale: float) -> float:
        def lse(xs):
            top = max(xs)
            return top + log(sum(exp(x - top) for x in xs))

        z = [[logitScale * sum(a * b for a, b in zip(x, y)) for y in textEmb] for x in imageEmb]
        n = len(z)
        total = sum(lse(z[i]) - z[i][i] for i in range(n))
        total += sum(lse(col) - z[j][j] for j, col in enumerate(zip(*z)))
        return total / (2 * n)
