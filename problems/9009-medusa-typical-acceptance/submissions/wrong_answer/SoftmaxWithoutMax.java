/*
 * Wrong Answer: softmax without subtracting the maximum: exp(1000) is Infinity and p is NaN.
 * Caught by "overflow-1000": [[1000,999]], [0], 0.09, 0.3 (expected 1, gets 0).
 */
class Solution {
    public int typicalAcceptance(double[][] logits, int[] draft, double epsilon, double delta) {
        int accepted = 0;
        for (int k = 0; k < logits.length; k++) {
            double[] z = logits[k];
            double max = 0;
            double sum = 0;
            double[] p = new double[z.length];
            for (int j = 0; j < z.length; j++) {
                p[j] = Math.exp(z[j] - max);
                sum += p[j];
            }
            double h = 0;
            for (int j = 0; j < z.length; j++) {
                p[j] /= sum;
                if (p[j] > 0) {
                    h -= p[j] * Math.log(p[j]);
                }
            }
            if (p[draft[k]] > Math.min(epsilon, delta * Math.exp(-h))) {
                accepted++;
            } else {
                break;
            }
        }
        return accepted;
    }
}
