/*
 * Head h predicts tokens[t + h + 1] from position t, so it has targets at t = 0..T-h-2 (none when
 * h >= T - 1, and then it adds 0). Each head's cross-entropies lse(z) - z[target] are averaged over its own
 * targets, with lse shifted by the row's maximum (logits reach 1000), and the heads' losses are summed.
 * O(T * H * V).
 */
class Solution {
    public double mtpLoss(double[][][] logits, int[] tokens) {
        int t = logits.length, heads = logits[0].length;
        double total = 0;
        for (int h = 0; h < heads; h++) {
            int targets = t - h - 1;
            if (targets <= 0) {
                continue;
            }
            double sum = 0;
            for (int i = 0; i < targets; i++) {
                double[] z = logits[i][h];
                sum += lse(z) - z[tokens[i + h + 1]];
            }
            total += sum / targets;
        }
        return total;
    }

    private static double lse(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : z) {
            max = Math.max(max, x);
        }
        double s = 0;
        for (double x : z) {
            s += Math.exp(x - max);
        }
        return max + Math.log(s);
    }
}
