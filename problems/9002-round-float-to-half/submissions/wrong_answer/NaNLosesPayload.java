/*
 * Wrong Answer: treats exponent 0xFF alike for NaN and Infinity and keeps the top 10 fraction bits, so a
 * NaN whose payload sits in the low 13 bits becomes Infinity. Caught by "nan-low-payload"
 * (2139095041 = 0x7F800001: expected 32256, gets 31744).
 */
class Solution {
    public int floatToHalf(int bits) {
        int sign = (bits >>> 16) & 0x8000;
        int exponent = (bits >>> 23) & 0xFF;
        int fraction = bits & 0x7FFFFF;
        if (exponent == 0xFF) {
            return sign | 0x7C00 | (fraction >>> 13);
        }
        float f = Float.intBitsToFloat(bits);
        double a = Math.abs((double) f);
        if (a >= 65520.0) {
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
