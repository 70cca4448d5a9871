# Wrong Answer: overflow only when |g * S| > 65520: the tie at 65520 is taken to round down, but
# ties go to the even side, 2^16, which is Infinity. Caught by "tie-65520": [[65520]], 0, 1 (expected
# [1.0], gets [2.0]).
class Solution:
    def lossScaleHistory(self, grads: List[List[float]], initScaleLog2: int, growthInterval: int) -> List[float]:
        history = []
        scale = 2.0 ** initScaleLog2
        good = 0
        for row in grads:
            if any(abs(g * scale) > 65520.0 for g in row):
                scale = max(1.0, scale / 2)
                good = 0
            else:
                good += 1
                if good >= growthInterval:
                    scale = min(2.0 ** 24, scale * 2)
                    good = 0
            history.append(scale)
        return history
