# Wrong Answer: does not reset the count of good steps on an overflow. Caught by
# "count-restarts": [[1],[100000],[1]], 0, 2 (expected [1.0,1.0,1.0], gets [1.0,1.0,2.0]).
class Solution:
    def lossScaleHistory(self, grads: List[List[float]], initScaleLog2: int, growthInterval: int) -> List[float]:
        history = []
        scale = 2.0 ** initScaleLog2
        good = 0
        for row in grads:
            if any(abs(g * scale) >= 65520.0 for g in row):
                scale = max(1.0, scale / 2)
            else:
                good += 1
                if good >= growthInterval:
                    scale = min(2.0 ** 24, scale * 2)
                    good = 0
            history.append(scale)
        return history
