// Accepted: scales the value so that a half's last bit is 1 and rounds it with std::nearbyint, which rounds
// ties to even in the default rounding mode (the float is exact in a double, so there is one rounding); the
// rounded significand is added to the exponent field, so a carry moves into the exponent.
class Solution {
public:
    int floatToHalf(int bits) {
        int sign = (bits >> 16) & 0x8000;
        float f;
        memcpy(&f, &bits, sizeof f);
        if (isnan(f)) return sign | 0x7E00;
        double a = fabs((double)f);
        if (a >= 65520.0) return sign | 0x7C00;
        if (a < ldexp(1.0, -14)) return sign | (int)nearbyint(a * ldexp(1.0, 24));  // may round up to 0x400
        int e = ilogb(a);
        int m = (int)nearbyint(ldexp(a, 10 - e));  // 1024 .. 2048
        return sign | (((e + 15) << 10) + m - 1024);
    }
};
