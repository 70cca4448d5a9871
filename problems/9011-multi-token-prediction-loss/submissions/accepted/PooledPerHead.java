/*
 * Accepted: positions outermost; per-head sums and counts of targets, each log-sum-exp computed around the
 * target's own logit (log of sum exp(z_j - z_target), shifted by its maximum). Needs about 5e-14.
 */
class Solution {
    public double mtpLoss(double[][][] logits, int[] tokens) {
        int t = logits.length, heads = logits[0].length;
        double[] sum = new double[heads];
        int[] count = new int[heads];
        for (int pos = 0; pos < t; pos++) {
            for (int h = 0; h < heads && pos + h + 1 < t; h++) {
                double[] z = logits[pos][h];
                double target = z[tokens[pos + h + 1]];
                double max = Double.NEGATIVE_INFINITY;
                for (double x : z) {
                    max = Math.max(max, x - target);
                }
                double s = 0;
                for (double x : z) {
                    s += Math.exp(x - target - max);
                }
                sum[h] += max + Math.log(s);
                count[h]++;
            }
        }
        double loss = 0;
        for (int h = 0; h < heads; h++) {
            if (count[h] > 0) {
                loss += sum[h] / count[h];
            }
        }
        return loss;
    }
}
