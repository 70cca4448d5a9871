# Wrong Answer: stores the scaled gradient in a float32 buffer first (array('f'), as a kernel's FP32
# copy) and then compares: double rounding. 65519.99999999999 becomes 65520.0f, a tie, Infinity; rounded
# once it is finite. Caught by "double-rounding": [[65519.99999999999]], 0, 1 (expected [2.0], gets [1.0]).
class Solution:
    def lossScaleHistory(self, grads: List[List[float]], initScaleLog2: int, growthInterval: int) -> List[float]:
        history = []
        scale = 2.0 ** initScaleLog2
        good = 0
        for row in grads:
            if any(abs(array.array('f', [g * scale])[0]) >= 65520.0 for g in row):
                scale = max(1.0, scale / 2)
                good = 0
            else:
                good += 1
                if good >= growthInterval:
                    scale = min(2.0 ** 24, scale * 2)
                    good = 0
            history.append(scale)
        return history
