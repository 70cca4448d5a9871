# Wrong Answer: accepts when u equals p / q (<= instead of <). Caught by "tie-rejects":
# [[1,3],[1,1]], [[2,2]], [0], [500000,0] (expected [1], gets [0,0]).
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
            if uniforms[k] * draft[k][x] * sp <= 1_000_000 * target[k][x] * sq:
                out.append(x)
                continue
            residual = [max(0, p * sq - q * sp) for p, q in zip(target[k], draft[k])]
            out.append(draw(residual, uniforms[gamma]))
            return out
        out.append(draw(target[gamma], uniforms[gamma]))
        return out
