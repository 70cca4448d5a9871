/*
 * Wrong Answer: the textbook stable softmax, shifting by the maximum of the whole row instead of the
 * running maximum. An early prefix far below the global maximum has every weight exp(-1600) = 0, so its
 * output is 0 / 0 = NaN. Caught by "global-shift": scores = [-800,800], values = [1,2], blockSize = 1
 * (expected [1.0,2.0], gets [NaN,2.0]).
 */
class Solution {
    public double[] tiledAttention(double[] scores, double[] values, int blockSize) {
        int n = scores.length;
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] out = new double[(n + blockSize - 1) / blockSize];
        double l = 0, acc = 0;
        for (int i = 0; i < n; i++) {
            double w = Math.exp(scores[i] - max);
            l += w;
            acc += w * values[i];
            if ((i + 1) % blockSize == 0 || i == n - 1) {
                out[i / blockSize] = acc / l;
            }
        }
        return out;
    }
}
