// Accepted: rounds the float's 24-bit significand to the half's 11 bits (fewer for a subnormal) on the bit
// fields, in unsigned arithmetic: round up when the dropped bits are above half of the last kept bit, or
// exactly half with the kept part odd (ties to even). The rounded significand is added to the exponent
// field, so a carry moves into the exponent (and past 30, to Infinity). No _Float16, no F16C intrinsics.
class Solution {
public:
    int floatToHalf(int bits) {
        uint32_t x = bits;
        uint32_t sign = (x >> 16) & 0x8000, exponent = (x >> 23) & 0xFF, fraction = x & 0x7FFFFF;
        if (exponent == 0xFF) return sign | (fraction != 0 ? 0x7E00 : 0x7C00);
        if (exponent == 0) return sign;            // a float subnormal is far below 2^-25
        int e = (int)exponent - 127;               // the value is sig * 2^(e - 23)
        if (e > 15) return sign | 0x7C00;
        uint32_t sig = fraction | 0x800000;
        bool normal = e >= -14;
        int shift = normal ? 13 : -1 - e;          // a subnormal half counts units of 2^-24
        if (shift > 24) return sign;
        uint32_t kept = sig >> shift, dropped = sig & ((1u << shift) - 1), half = 1u << (shift - 1);
        if (dropped > half || (dropped == half && (kept & 1))) kept++;
        uint32_t magnitude = normal ? ((uint32_t)(e + 15) << 10) + kept - 0x400 : kept;
        return sign | min(magnitude, 0x7C00u);
    }
};
