/*
 * Works with log-probabilities: log p_j = z_j - lse(z), with lse shifted by the row's maximum (logits
 * reach 1000). The entropy H = -sum p_j log p_j takes p_j = exp(log p_j): an underflowed p_j is 0 times a
 * finite number, 0, never 0 * (-Infinity). Token k is accepted when log p[draft[k]] >
 * min(log epsilon, log delta - H); the count stops at the first rejection. O(total logits).
 */
class Solution {
    public int typicalAcceptance(double[][] logits, int[] draft, double epsilon, double delta) {
        for (int k = 0; k < logits.length; k++) {
            double[] z = logits[k];
            double max = Double.NEGATIVE_INFINITY;
            for (double x : z) {
                max = Math.max(max, x);
            }
            double s = 0;
            for (double x : z) {
                s += Math.exp(x - max);
            }
            double lse = max + Math.log(s);
            double entropy = 0;
            for (double x : z) {
                entropy -= Math.exp(x - lse) * (x - lse);
            }
            double threshold = Math.min(Math.log(epsilon), Math.log(delta) - entropy);
            if (!(z[draft[k]] - lse > threshold)) {
                return k;
            }
        }
        return logits.length;
    }
}
