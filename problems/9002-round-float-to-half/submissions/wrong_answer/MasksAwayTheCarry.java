/*
 * Wrong Answer: rounds right with Math.rint but writes the fraction as (m & 0x3FF) into the exponent
 * field: a significand that rounds up to 2048 loses its carry. Caught by "carry-into-exponent"
 * (1073737728 = 0x3FFFF000 = 1.99951171875: expected 16384 (2.0), gets 15360 (1.0)).
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
            return sign | (int) Math.rint(a * 0x1p24);
        }
        int e = Math.getExponent(a);
        int m = (int) Math.rint(Math.scalb(a, 10 - e));
        return sign | ((e + 15) << 10) | (m & 0x3FF);
    }
}
