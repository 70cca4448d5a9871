# Wrong Answer: the acceptance test in floating point, u / 10^6 < (P_x / SP) / (Q_x / SQ):
# 0.95 < 0.5 / (10/19) is true in doubles (0.9500000000000001), but the tie must reject. Caught by "double-ratio-tie":
# [[1,1],[1,1]], [[10,9]], [0], [950000,0] (expected [1], gets [0,0]).
def draw(weights, u):
    """The smallest j with w_0 + ... + w_j > u / 10^6 * sum(w), in integers."""
    threshold = u * sum(weights)
    for j, c in enumerate(accumulate(weights)):
        if c * 1_000_000 > threshold:
            return j
    return len(weights) - 1


class Solution:
    def speculativeSample(self, target: List[List[int]], draft: List[List[int]], tokens: List[int],
                          uniforms: List[int]) -> List[int]:
        gamma = len(tokens)
        out = []
        for k, x in enumerate(tokens):
            sp, sq = sum(target[k]), sum(draft[k])
            if uniforms[k] / 1e6 < (target[k][x] / sp) / (draft[k][x] / sq):
                out.append(x)
                continue
            residual = [max(0, p * sq - q * sp) for p, q in zip(target[k], draft[k])]
            out.append(draw(residual, uniforms[gamma]))
            return out
        out.append(draw(target[gamma], uniforms[gamma]))
        return out
