/*
 * Time Limit Exceeded: numerically right (a fresh stable softmax of the whole prefix after each tile),
 * but O(n^2 / blockSize): with n = 10^5 and blockSize = 1 that is 5 * 10^9 exponentials. Caught by
 * "max-increasing-block-1" in 04-max.json.
 */
class Solution {
    public double[] tiledAttention(double[] scores, double[] values, int blockSize) {
        int n = scores.length;
        double[] out = new double[(n + blockSize - 1) / blockSize];
        for (int t = 0; t < out.length; t++) {
            int end = Math.min(n, (t + 1) * blockSize);
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < end; i++) {
                max = Math.max(max, scores[i]);
            }
            double l = 0, acc = 0;
            for (int i = 0; i < end; i++) {
                double w = Math.exp(scores[i] - max);
                l += w;
                acc += w * values[i];
            }
            out[t] = acc / l;
        }
        return out;
    }
}
