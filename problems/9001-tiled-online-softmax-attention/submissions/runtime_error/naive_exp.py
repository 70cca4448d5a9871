# Runtime Error: the softmax written as the formula says, exp(s) with no shift: Java's NaiveExp. In Java
# exp(800) is Infinity and the answer NaN (a Wrong Answer); Python's math.exp raises OverflowError
# ("math range error") instead. Caught by "overflow-800": scores = [800,0], values = [1,2], blockSize = 1.
class Solution:
    def tiledAttention(self, scores: List[float], values: List[float], blockSize: int) -> List[float]:
        n = len(scores)
        out = []
        l = acc = 0.0
        for i in range(n):
            w = exp(scores[i])
            l += w
            acc += w * values[i]
            if (i + 1) % blockSize == 0 or i == n - 1:
                out.append(acc / l)
        return out
