# Compile Error: lets struct's half-precision format ('e') find the overflow (struct.pack raises OverflowError
# exactly when g * S rounds to Infinity in binary16), so the threshold, 65520, is never worked out. The package
# forbids that format.
import struct


class Solution:
    def lossScaleHistory(self, grads: List[List[float]], initScaleLog2: int, growthInterval: int) -> List[float]:
        def overflows(x):
            try:
                struct.pack("<e", x)
                return False
            except OverflowError:
                return True

        history = []
        log2, good = initScaleLog2, 0
        for row in grads:
            scale = 2.0 ** log2
            if any(overflows(g * scale) for g in row):
                log2 = max(0, log2 - 1)
                good = 0
            else:
                good += 1
                if good == growthInterval:
                    log2 = min(24, log2 + 1)
                    good = 0
            history.append(2.0 ** log2)
        return history
