/*
 * Wrong Answer: head h predicts tokens[t + h], the token at its own position (off by one). Caught by
 * "example-shape": [[[2,0],[0,3]],[[1,1],[0,0]],[[0,0],[0,0]]], [0,0,1] (expected 0.4586..., gets
 * 2.3753...).
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
                sum += lse(z) - z[tokens[i + h]];
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
