# Wrong Answer: works on the bit fields and rounds with (sig + half) >> shift, so an exact tie always goes
# up instead of to the even neighbour. Caught by "tie-even-stays" (1065357312 = 0x3F801000 = 1 + 2^-11:
# expected 15360, gets 15361).
class Solution:
    def floatToHalf(self, bits: int) -> int:
        sign = (bits >> 16) & 0x8000
        exponent = (bits >> 23) & 0xFF
        fraction = bits & 0x7FFFFF
        if exponent == 0xFF:
            return sign | (0x7E00 if fraction else 0x7C00)
        if exponent == 0:
            return sign
        e = exponent - 127
        if e > 15:
            return sign | 0x7C00
        sig = fraction | 0x800000
        normal = e >= -14
        shift = 13 if normal else -1 - e
        if shift > 24:
            return sign
        kept = (sig + (1 << (shift - 1))) >> shift
        magnitude = ((e + 15) << 10) + kept - 0x400 if normal else kept
        return sign | min(magnitude, 0x7C00)
