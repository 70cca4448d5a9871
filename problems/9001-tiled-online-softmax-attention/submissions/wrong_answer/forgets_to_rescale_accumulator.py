# Wrong Answer: the classic FlashAttention slip: when the maximum grows, l is rescaled but acc is not,
# so the old values keep weights relative to the old maximum. Caught by "rescale": scores = [0,10],
# values = [1,0], blockSize = 1 (expected [1.0,4.54e-5], gets [1.0,0.99995]).
class Solution:
    def tiledAttention(self, scores: List[float], values: List[float], blockSize: int) -> List[float]:
        out = []
        m, l, acc = -inf, 0.0, 0.0
        for start in range(0, len(scores), blockSize):
            tile = scores[start:start + blockSize]
            new_max = max(m, max(tile))
            l *= exp(m - new_max)
            m = new_max
            for s, v in zip(tile, values[start:start + blockSize]):
                w = exp(s - m)
                l += w
                acc += w * v
            out.append(acc / l)
        return out
