# Time Limit Exceeded: numerically right (a fresh stable softmax of the whole prefix after each tile),
# but O(n^2 / blockSize): with n = 10^5 and blockSize = 1 that is 5 * 10^9 exponentials. Caught by
# "max-increasing-block-1" in 04-max.json.
class Solution:
    def tiledAttention(self, scores: List[float], values: List[float], blockSize: int) -> List[float]:
        n = len(scores)
        out = []
        for end in range(blockSize, n + blockSize, blockSize):
            end = min(end, n)
            top = max(scores[:end])
            weights = [exp(s - top) for s in scores[:end]]
            out.append(sum(w * v for w, v in zip(weights, values)) / sum(weights))
        return out
