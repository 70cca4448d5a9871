/*
 * Wrong Answer: log(sum exp(z)) without the maximum: exp(1000) is Infinity. Caught by
 * "overflow-1000": [[[1000,0]],[[0,1000]]], [0,0] (expected 0.0, gets Infinity).
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
        double s = 0;
        for (double x : z) {
            s += Math.exp(x);
        }
        return Math.log(s);
    }
}
