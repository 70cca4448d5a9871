/*
 * Wrong Answer: computes (float) g * scale, rounding to float first and then to half: double
 * rounding. 65519.99999999999 rounds to 65520.0f, a tie, Infinity; rounded once it is finite. Caught by
 * "double-rounding": [[65519.99999999999]], 0, 1 (expected [2.0], gets [1.0]).
 */
class Solution {
    public double[] lossScaleHistory(double[][] grads, int initScaleLog2, int growthInterval) {
        double[] history = new double[grads.length];
        double scale = Math.scalb(1.0, initScaleLog2);
        int good = 0;
        for (int k = 0; k < grads.length; k++) {
            boolean overflow = false;
            for (double g : grads[k]) {
                overflow |= Math.abs((float) g * (float) scale) >= 65520.0f;
            }
            if (overflow) {
                scale = Math.max(1.0, scale / 2);
                good = 0;
            } else if (++good >= growthInterval) {
                scale = Math.min(0x1p24, scale * 2);
                good = 0;
            }
            history[k] = scale;
        }
        return history;
    }
}
