/*
 * Wrong Answer: does not reset the count of good steps on an overflow. Caught by
 * "count-restarts": [[1],[100000],[1]], 0, 2 (expected [1.0,1.0,1.0], gets [1.0,1.0,2.0]).
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
                
            } else if (++good >= growthInterval) {
                scale = Math.min(0x1p24, scale * 2);
                good = 0;
            }
            history[k] = scale;
        }
        return history;
    }
}
