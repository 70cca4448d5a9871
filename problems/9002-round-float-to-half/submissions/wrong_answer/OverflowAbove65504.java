/*
 * Wrong Answer: calls everything above the largest finite half, 65504, Infinity. But 65504 < x < 65520
 * rounds down to 65504. Caught by "largest-finite-65519" (1199566592 = 65519.0f: expected 31743, gets 31744).
 */
class Solution {
    public int floatToHalf(int bits) {
        int sign = (bits >>> 16) & 0x8000;
        float f = Float.intBitsToFloat(bits);
        if (Float.isNaN(f)) {
            return sign | 0x7E00;
        }
        double a = Math.abs((double) f);
        if (a > 65504.0) {
            return sign | 0x7C00;
        }
        if (a < 0x1p-14) {
            return sign | (int) Math.rint(a * 0x1p24);
        }
        int e = Math.getExponent(a);
        double m = Math.rint(Math.scalb(a, 10 - e));
        return sign | (((e + 15) << 10) + (int) m - 1024);
    }
}
