/*
 * FlashAttention's online softmax, one query: the running maximum m of the scores seen so far,
 * l = sum of exp(s_i - m) and acc = sum of exp(s_i - m) * v_i. When a tile raises the maximum, the old
 * l and acc were summed relative to the old maximum, so both are multiplied by exp(mOld - mNew) first.
 * Every weight is at most 1 and the largest is exactly 1, so nothing overflows and l >= 1 (no 0 / 0).
 * O(n) time, O(1) extra space beyond the output.
 */
class Solution {
    public double[] tiledAttention(double[] scores, double[] values, int blockSize) {
        int n = scores.length;
        double[] out = new double[(n + blockSize - 1) / blockSize];
        double m = Double.NEGATIVE_INFINITY;
        double l = 0;
        double acc = 0;
        for (int t = 0; t < out.length; t++) {
            int start = t * blockSize;
            int end = Math.min(n, start + blockSize);
            double tileMax = Double.NEGATIVE_INFINITY;
            for (int i = start; i < end; i++) {
                tileMax = Math.max(tileMax, scores[i]);
            }
            if (tileMax > m) {
                double rescale = Math.exp(m - tileMax); // 0 on the first tile, where l = acc = 0
                l *= rescale;
                acc *= rescale;
                m = tileMax;
            }
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
