/*
 * Wrong Answer: counts every accepted position, also after a rejection (later tokens were drafted
 * for a prefix the model did not accept). Caught by "stop-at-first-rejection": [[0,1],[5,0]], [0,0], 0.9,
 * 0.9 (expected 0, gets 1).
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
                if (p[j] > 0) {
                    h -= p[j] * Math.log(p[j]);
                }
            }
            if (p[draft[k]] > Math.min(epsilon, delta * Math.exp(-h))) {
                accepted++;
            } else {
                continue;
            }
        }
        return accepted;
    }
}
