import struct


# Wrong Answer: treats exponent 0xFF alike for NaN and Infinity and keeps the top 10 fraction bits, so a
# NaN whose payload sits in the low 13 bits becomes Infinity. Caught by "nan-low-payload"
# (2139095041 = 0x7F800001: expected 32256, gets 31744).
class Solution:
    def floatToHalf(self, bits: int) -> int:
        sign = (bits >> 16) & 0x8000
        exponent = (bits >> 23) & 0xFF
        fraction = bits & 0x7FFFFF
        if exponent == 0xFF:
            return sign | 0x7C00 | (fraction >> 13)
        a = abs(struct.unpack("<f", struct.pack("<i", bits))[0])
        if a >= 65520.0:
            return sign | 0x7C00
        if a < 2.0 ** -14:
            return sign | round(a * 2.0 ** 24)
        e = frexp(a)[1] - 1
        m = round(ldexp(a, 10 - e))
        return sign | (((e + 15) << 10) + m - 1024)
