# Wrong Answer: halves the scale below 1. Caught by "floor-at-one": [[100000]], 0, 5 (expected
# [1.0], gets [0.5]).
class Solution:
    def lossScaleHistory(self, grads: List[List[float]], initScaleLog2: int, growthInterval: int) -> List[float]:
        history = []
        scale = 2.0 ** initScaleLog2
        good = 0
        for row in grads:
            if any(abs(g * scale) >= 65520.0 for g in row):
                scale = scale / 2
                good = 0
            else:
                good += 1
                if good >= growthInterval:
                    scale = min(2.0 ** 24, scale * 2)
                    good = 0
            history.append(scale)
        return history
