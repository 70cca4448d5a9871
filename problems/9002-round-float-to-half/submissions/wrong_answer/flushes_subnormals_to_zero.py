import struct


# Wrong Answer: like flush-to-zero hardware, everything below the smallest normal half (2^-14) becomes
# zero. Caught by "subnormal-2-pow-minus-20" (897581056 = 2^-20: expected 16, gets 0).
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
            return sign
        e = frexp(a)[1] - 1
        m = round(ldexp(a, 10 - e))
        return sign | (((e + 15) << 10) + m - 1024)
