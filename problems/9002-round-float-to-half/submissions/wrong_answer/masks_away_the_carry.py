import struct


# Wrong Answer: rounds right with round() but writes the fraction as (m & 0x3FF) into the exponent
# field: a significand that rounds up to 2048 loses its carry. Caught by "carry-into-exponent"
# (1073737728 = 0x3FFFF000 = 1.99951171875: expected 16384 (2.0), gets 15360 (1.0)).
class Solution:
    def floatToHalf(self, bits: int) -> int:
        sign = (bits >> 16) & 0x8000
        f = struct.unpack("<f", struct.pack("<i", bits))[0]
        if isnan(f):
            return sign | 0x7E00
        a = abs(f)
        if a >= 65520.0:
            return sign | 0x7C00
        if a < 2.0 ** -14:
            return sign | round(a * 2.0 ** 24)
        e = frexp(a)[1] - 1
        m = round(ldexp(a, 10 - e))
        return sign | ((e + 15) << 10) | (m & 0x3FF)
