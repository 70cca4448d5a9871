/*
 * Wrong Answer: the classic FlashAttention slip: when the maximum grows, l is rescaled but acc is not,
 * so the old values keep weights relative to the old maximum. Caught by "rescale": scores = [0,10],
 * values = [1,0], blockSize = 1 (expected [1.0,4.54e-5], gets [1.0,0.99995]).
 */
class Solution {
    public double[] tiledAttention(double[] scores, double[] values, int blockSize) {
        int n = scores.length;
        double[] out = new double[(n + blockSize - 1) / blockSize];
        double m = Double.NEGATIVE_INFINITY, l = 0, acc = 0;
        for (int t = 0; t < out.length; t++) {
            int start = t * blockSize, end = Math.min(n, start + blockSize);
            double tileMax = m;
            for (int i = start; i < end; i++) {
                tileMax = Math.max(tileMax, scores[i]);
            }
            l *= Math.exp(m - tileMax);
            m = tileMax;
            for (int i = start; i < end; i++) {
                double w = Math.exp(scores[i] - m);
                l += w;
                acc += w * values[i];
            }
            out[t] = acc / l;
        }
        return out;
    }
}
