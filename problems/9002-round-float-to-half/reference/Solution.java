/*
 * Rounds the float's 24-bit significand to the half's 11 bits (fewer for a subnormal half) with integer
 * arithmetic: keep sig >>> shift, and round up when the dropped bits are above half of the last kept bit,
 * or exactly half and the kept part is odd (ties to even). The rounded significand is added to the
 * exponent field rather than masked into it, so a significand that rounds up to 2048 carries into the
 * exponent (1.99951171875 -> 2.0), and a carry past the largest exponent gives 0x7C00, Infinity. NaN keeps
 * only its sign (quiet NaN 0x7E00), Infinity stays Infinity. O(1).
 */
class Solution {
    public int floatToHalf(int bits) {
        int sign = (bits >>> 16) & 0x8000;
        int exponent = (bits >>> 23) & 0xFF;
        int fraction = bits & 0x7FFFFF;
        if (exponent == 0xFF) {
            return sign | (fraction != 0 ? 0x7E00 : 0x7C00);
        }
        if (exponent == 0) {
            return sign; // a float subnormal is below 2^-126: far below half the smallest half, 2^-25
        }
        int e = exponent - 127;                 // the value is sig * 2^(e - 23)
        if (e > 15) {
            return sign | 0x7C00;               // at least 2^16: beyond 65520, Infinity
        }
        int sig = fraction | 0x800000;          // 24 bits
        boolean normal = e >= -14;
        int shift = normal ? 13 : -1 - e;       // a subnormal half counts units of 2^-24
        if (shift > 24) {
            return sign;                        // below 2^-25: rounds to zero
        }
        int kept = sig >>> shift;
        int dropped = sig & ((1 << shift) - 1);
        int half = 1 << (shift - 1);
        if (dropped > half || (dropped == half && (kept & 1) == 1)) {
            kept++;
        }
        int magnitude = normal ? ((e + 15) << 10) + kept - 0x400 : kept;
        return sign | Math.min(magnitude, 0x7C00);
    }
}
