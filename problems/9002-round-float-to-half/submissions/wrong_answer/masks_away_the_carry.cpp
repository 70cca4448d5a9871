// Wrong answer: rounds right with std::nearbyint (ties to even) but ORs the fraction into the exponent field
// as (m & 0x3FF): a significand that rounds up to 2048 loses its carry. Caught by "carry-into-exponent"
// (1073737728 = 0x3FFFF000 = 1.99951171875: expected 16384 (2.0), gets 15360 (1.0)).
class Solution {
public:
    int floatToHalf(int bits) {
        int sign = (bits >> 16) & 0x8000;
        float f;
        memcpy(&f, &bits, sizeof f);
        if (isnan(f)) return sign | 0x7E00;
        double a = fabs((double)f);
        if (a >= 65520.0) return sign | 0x7C00;
        if (a < ldexp(1.0, -14)) return sign | (int)nearbyint(a * ldexp(1.0, 24));
        int e = ilogb(a);
        int m = (int)nearbyint(ldexp(a, 10 - e));
        return sign | ((e + 15) << 10) | (m & 0x3FF);
    }
};
