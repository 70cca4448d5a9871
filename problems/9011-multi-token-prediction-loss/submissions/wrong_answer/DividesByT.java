/*
 * Wrong Answer: divides every head's sum by T, the sequence length, instead of by its own number
 * of targets. Caught by "all-zero-three-by-two": all-zero logits, T = 3, H = 2, V = 2, [0,1,1] (expected
 * 1.3863, gets 0.6931).
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
            total += sum / t;
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
