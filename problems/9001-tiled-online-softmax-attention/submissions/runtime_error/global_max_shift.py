# Runtime Error: the textbook stable softmax, shifting by the maximum of the whole row instead of the
# running maximum: Java's GlobalMaxShift. An early prefix far below the global maximum has every weight
# exp(-1600) = 0; Java's 0 / 0 is NaN (a Wrong Answer), Python's raises ZeroDivisionError.
# Caught by "global-shift": scores = [-800,800], values = [1,2], blockSize = 1.
class Solution:
    def tiledAttention(self, scores: List[float], values: List[float], blockSize: int) -> List[float]:
        n = len(scores)
        top = max(scores)
        out = []
        l = acc = 0.0
        for i in range(n):
            w = exp(scores[i] - top)
            l += w
            acc += w * values[i]
            if (i + 1) % blockSize == 0 or i == n - 1:
                out.append(acc / l)
        return out
