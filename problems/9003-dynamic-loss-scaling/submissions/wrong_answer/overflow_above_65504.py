# Wrong Answer: overflow when |g * S| > 65504, the largest half. But 65504 < |g * S| < 65520 rounds
# down to 65504 and is finite. Caught by "between-65504-and-65520": [[65510]], 0, 1 (expected [2.0], gets
# [1.0]).
class Solution:
    def lossScaleHistory(self, grads: List[List[float]], initScaleLog2: int, growthInterval: int) -> List[float]:
        history = []
        scale = 2.0 ** initScaleLog2
        good = 0
        for row in grads:
            if any(abs(g * scale) > 65504.0 for g in row):
                scale = max(1.0, scale / 2)
                good = 0
            else:
                good += 1
                if good >= growthInterval:
                    scale = min(2.0 ** 24, scale * 2)
                    good = 0
            history.append(scale)
        return history
