/*
 * Wrong Answer: halves the scale below 1. Caught by "floor-at-one": [[100000]], 0, 5 (expected
 * [1.0], gets [0.5]).
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
                scale = scale / 2;
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
