/*
 * Wrong Answer: like flush-to-zero hardware, everything below the smallest normal half (2^-14) becomes
 * zero. Caught by "subnormal-2-pow-minus-20" (897581056 = 2^-20: expected 16, gets 0).
 */
class Solution {
    public int floatToHalf(int bits) {
        int sign = (bits >>> 16) & 0x8000;
        float f = Float.intBitsToFloat(bits);
        if (Float.isNaN(f)) {
            return sign | 0x7E00;
        }
        double a = Math.abs((double) f);
        if (a >= 65520.0) {
            return sign | 0x7C00;
        }
        if (a < 0x1p-14) {
            return sign;
        }
        int e = Math.getExponent(a);
        double m = Math.rint(Math.scalb(a, 10 - e));
        return sign | (((e + 15) << 10) + (int) m - 1024);
    }
}
