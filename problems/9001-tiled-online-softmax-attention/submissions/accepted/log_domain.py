# Accepted: keeps the log-sum-exp of the scores seen so far and the weighted mean itself. A new score s
# with value v has weight exp(s - lse_new) among everything seen, so mean += w * (v - mean). No tile
# state at all: the outputs are the mean at each tile's end.
class Solution:
    def tiledAttention(self, scores: List[float], values: List[float], blockSize: int) -> List[float]:
        n = len(scores)
        out = []
        lse = -inf
        mean = 0.0
        for i, (s, v) in enumerate(zip(scores, values)):
            hi = max(lse, s)
            nxt = hi + log1p(exp(min(lse, s) - hi))
            mean += exp(s - nxt) * (v - mean)
            lse = nxt
            if (i + 1) % blockSize == 0 or i == n - 1:
                out.append(mean)
        return out
