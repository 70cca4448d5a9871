import struct


# Accepted: scales the value so that a half's last bit is 1, lets round() round it (ties to even; the
# float is exact in a Python float, so there is one rounding), and adds the rounded significand to the
# exponent field, so a significand that rounds up to 2048 carries into the exponent.
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
            return sign | round(a * 2.0 ** 24)  # subnormal: units of 2^-24 (may round up to 0x400)
        e = frexp(a)[1] - 1  # 2^e <= a < 2^(e+1)
        m = round(ldexp(a, 10 - e))  # 1024 .. 2048
        return sign | (((e + 15) << 10) + m - 1024)
