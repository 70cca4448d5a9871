// Compile Error: _Float16 does the rounding the exercise asks for, and the package forbids it (as it forbids
// Float.floatToFloat16 in Java and struct's 'e' in Python).
class Solution {
public:
    int floatToHalf(int bits) {
        float f; memcpy(&f, &bits, sizeof f);
        if (isnan(f)) return ((bits >> 16) & 0x8000) | 0x7E00;
        _Float16 h = (_Float16)f;
        uint16_t out; memcpy(&out, &h, sizeof out);
        return out;
    }
};
