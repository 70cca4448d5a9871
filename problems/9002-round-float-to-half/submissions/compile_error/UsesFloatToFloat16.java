/*
 * Compile Error: Float.floatToFloat16 (Java 20+) does the whole exercise. The judge targets Java 17, where
 * it does not exist; the package forbids it (and Float.float16ToFloat) so that it is refused on every JDK.
 */
class Solution {
    public int floatToHalf(int bits) {
        return Float.floatToFloat16(Float.intBitsToFloat(bits)) & 0xFFFF;
    }
}
