/*
 * Accepted: keeps log2 S as an int and tests |g| >= 65520 * 2^-log2S with Math.scalb (exact: a power of
 * two), so no product is formed at all.
 */
class Solution {
    public double[] lossScaleHistory(double[][] grads, int initScaleLog2, int growthInterval) {
        double[] out = new double[grads.length];
        int log2 = initScaleLog2, run = 0;
        for (int k = 0; k < grads.length; k++) {
            double limit = Math.scalb(65520.0, -log2);
            boolean inf = false;
            for (double g : grads[k]) {
                if (Math.abs(g) >= limit) {
                    inf = true;
                    break;
                }
            }
            if (inf) {
                log2 = Math.max(0, log2 - 1);
                run = 0;
            } else {
                run++;
                if (run == growthInterval) {
                    log2 = Math.min(24, log2 + 1);
                    run = 0;
                }
            }
            out[k] = Math.scalb(1.0, log2);
        }
        return out;
    }
}
