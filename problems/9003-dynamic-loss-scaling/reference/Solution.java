/*
 * The scale S is a power of two at most 2^24 and |g| <= 10^6, so g * S is exact in a double. Rounded once
 * to binary16 it is Infinity exactly when |g * S| >= 65520: below, it rounds to at most 65504 (the
 * largest half); 65520 itself is a tie between 65504 (odd significand) and 2^16, and ties go to the even
 * side, which overflows. So a step overflows when any |g * S| >= 65520. Then S halves (not below 1) and
 * the run of good steps restarts; otherwise the run grows, and at growthInterval S doubles (not above
 * 2^24) and the run restarts. O(total number of gradients).
 */
class Solution {
    public double[] lossScaleHistory(double[][] grads, int initScaleLog2, int growthInterval) {
        double[] history = new double[grads.length];
        double scale = Math.scalb(1.0, initScaleLog2);
        int good = 0;
        for (int k = 0; k < grads.length; k++) {
            boolean overflow = false;
            for (double g : grads[k]) {
                overflow |= Math.abs(g * scale) >= 65520.0;
            }
            if (overflow) {
                scale = Math.max(1.0, scale / 2);
                good = 0;
            } else if (++good == growthInterval) {
                scale = Math.min(0x1p24, scale * 2);
                good = 0;
            }
            history[k] = scale;
        }
        return history;
    }
}
