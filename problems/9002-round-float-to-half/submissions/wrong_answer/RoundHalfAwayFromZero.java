/*
 * Wrong Answer: rounds with (sig + half) >>> shift, so an exact tie always goes up instead of to the even
 * neighbour. Caught by "tie-even-stays" (1065357312 = 0x3F801000 = 1 + 2^-11: expected 15360, gets 15361).
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
            return sign;
        }
        int e = exponent - 127;
        if (e > 15) {
            return sign | 0x7C00;
        }
        int sig = fraction | 0x800000;
        boolean normal = e >= -14;
        int shift = normal ? 13 : -1 - e;
        if (shift > 24) {
            return sign;
        }
        int kept = (sig + (1 << (shift - 1))) >>> shift;
        int magnitude = normal ? ((e + 15) << 10) + kept - 0x400 : kept;
        return sign | Math.min(magnitude, 0x7C00);
    }
}
