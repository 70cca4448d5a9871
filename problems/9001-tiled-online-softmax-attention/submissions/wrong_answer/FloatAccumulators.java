/*
 * Wrong Answer: the right online softmax, in float (as a GPU kernel might keep its state). The sums of
 * up to 10^5 weighted values in [-1000, 1000] drift by far more than the tolerance of 1e-6 (measured
 * 9.3e-4 at the largest sizes). Caught by the random and max groups ("random-large-*").
 */
class Solution {
    public double[] tiledAttention(double[] scores, double[] values, int blockSize) {
        int n = scores.length;
        double[] out = new double[(n + blockSize - 1) / blockSize];
        float m = Float.NEGATIVE_INFINITY, l = 0, acc = 0;
        for (int t = 0; t < out.length; t++) {
            int start = t * blockSize, end = Math.min(n, start + blockSize);
            float tileMax = m;
            for (int i = start; i < end; i++) {
                tileMax = Math.max(tileMax, (float) scores[i]);
            }
            float r = (float) Math.exp(m - tileMax);
            l *= r;
            acc *= r;
            m = tileMax;
            for (int i = start; i < end; i++) {
                float w = (float) Math.exp((float) scores[i] - m);
                l += w;
                acc += w * (float) values[i];
            }
            out[t] = acc / l;
        }
        return out;
    }
}
