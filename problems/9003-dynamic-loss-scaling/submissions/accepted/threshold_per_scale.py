# Accepted: keeps log2 S as an int. A gradient overflows binary16 exactly when |g * S| >= 65520 (the
# midpoint between 65504 and 2^16, whose tie rounds to the even side, Infinity); the product of a double
# and a power of two is exact, so one comparison in double is the single rounding the statement asks for.
class Solution:
    def lossScaleHistory(self, grads: List[List[float]], initScaleLog2: int, growthInterval: int) -> List[float]:
        history = []
        log2, good = initScaleLog2, 0
        for row in grads:
            scale = 2.0 ** log2
            if any(abs(g * scale) >= 65520.0 for g in row):
                log2 = max(0, log2 - 1)
                good = 0
            else:
                good += 1
                if good == growthInterval:
                    log2 = min(24, log2 + 1)
                    good = 0
            history.append(2.0 ** log2)
        return history
