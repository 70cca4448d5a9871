/*
 * Wrong Answer: h -= p * log(p) also for p = 0, which is 0 * (-Infinity) = NaN: the threshold is NaN
 * and every comparison false. Caught by "underflowed-probability": [[0,-1000]], [0], 0.09, 0.3 (expected
 * 1, gets 0).
 */
class Solution {
    public int typicalAcceptance(double[][] logits, int[] draft, double epsilon, double delta) {
        int accepted = 0;
        for (int k = 0; k < logits.length; k++) {
            double[] z = logits[k];
            double max = Double.NEGATIVE_INFINITY;
            for (double x : z) {
                max = Math.max(max, x);
            };
            double sum = 0;
            double[] p = new double[z.length];
            for (int j = 0; j < z.length; j++) {
                p[j] = Math.exp(z[j] - max);
                sum += p[j];
            }
            double h = 0;
            for (int j = 0; j < z.length; j++) {
                p[j] /= sum;
                h -= p[j] * Math.log(p[j]);
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
