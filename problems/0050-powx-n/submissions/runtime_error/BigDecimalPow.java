import java.math.BigDecimal;
import java.math.MathContext;

/*
 * Runtime error: computes the power in BigDecimal with 16 significant digits, to be safe from rounding.
 * Precise enough, but BigDecimal.pow(n, mc) only takes |n| <= 999999999 and throws ArithmeticException
 * ("Invalid operation") beyond that: the first test with n = -2^31 ("x-near-max-n-min-int") ends it.
 */
class Solution {
    public double myPow(double x, int n) {
        return BigDecimal.valueOf(x).pow(n, MathContext.DECIMAL64).doubleValue();
    }
}
