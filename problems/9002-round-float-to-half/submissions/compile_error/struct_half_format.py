# Compile Error: struct's half-precision format 'e' does the whole exercise (it rounds a double to the nearest
# half, ties to even). The package forbids that format (reinterpreting the bits with '<i' and '<f' stays
# allowed), as it forbids Float.floatToFloat16 in Java.
import struct


class Solution:
    def floatToHalf(self, bits: int) -> int:
        f = struct.unpack("<f", struct.pack("<i", bits))[0]
        return struct.unpack("<H", struct.pack("<e", f))[0]
