import struct


# Wrong Answer: calls everything above the largest finite half, 65504, Infinity. But 65504 < x < 65520
# rounds down to 65504. Caught by "largest-finite-65519" (1199566592 = 65519.0f: expected 31743, gets 31744).
class Solution:
    def floatToHalf(self, bits: int) -> int:
        sign = (bits >> 16) & 0x8000
        f = struct.unpack("<f", struct.pack("<i", bits))[0]
        if isnan(f):
            return sign | 0x7E00
        a = abs(f)
        if a > 65504.0:
            return sign | 0x7C00
        if a < 2.0 ** -14:
            return sign | round(a * 2.0 ** 24)
        e = frexp(a)[1] - 1
        m = round(ldexp(a, 10 - e))
        return sign | (((e + 15) << 10) + m - 1024)
