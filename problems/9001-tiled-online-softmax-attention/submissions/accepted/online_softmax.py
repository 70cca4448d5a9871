# Accepted: FlashAttention's state per tile: the running maximum m, l = sum of exp(s - m) and
# acc = sum of exp(s - m) * v; a tile whose maximum exceeds m first rescales both l and acc.
class Solution:
    def tiledAttention(self, scores: List[float], values: List[float], blockSize: int) -> List[float]:
        out = []
        m, l, acc = -inf, 0.0, 0.0
        for start in range(0, len(scores), blockSize):
            tile = scores[start:start + blockSize]
            new_max = max(m, max(tile))
            r = exp(m - new_max)
            l *= r
            acc *= r
            m = new_max
            for s, v in zip(tile, values[start:start + blockSize]):
                w = exp(s - m)
                l += w
                acc += w * v
            out.append(acc / l)
        return out
