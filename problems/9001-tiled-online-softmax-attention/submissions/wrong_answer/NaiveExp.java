/*
 * Wrong Answer: the softmax written as the formula says, exp(s) with no shift. exp(800) is Infinity, and
 * Infinity / Infinity is NaN. Caught by "overflow-800": scores = [800,0], values = [1,2], blockSize = 1
 * (expected [1.0,1.0], gets [NaN,NaN]).
 */
class Solution {
    public double[] tiledAttention(double[] scores, double[] values, int blockSize) {
        int n = scores.length;
        double[] out = new double[(n + blockSize - 1) / blockSize];
        double l = 0, acc = 0;
        for (int i = 0; i < n; i++) {
            double w = Math.exp(scores[i]);
            l += w;
            acc += w * values[i];
            if ((i + 1) % blockSize == 0 || i == n - 1) {
                out[i / blockSize] = acc / l;
            }
        }
        return out;
    }
}
