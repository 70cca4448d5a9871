/*
 * Wrong Answer: only the image-to-text half (the row cross-entropies), not the mean of both directions.
 * Caught by "asymmetric-batch": [[1,0],[1,0]], [[1,0],[0,1]], 1 (expected 0.753204434039084, gets
 * 0.8132616875182228).
 */
class Solution {
    public double clipLoss(double[][] imageEmb, double[][] textEmb, double logitScale) {
        int n = imageEmb.length;
        double[][] u = norm(imageEmb), v = norm(textEmb);
        double total = 0;
        for (int i = 0; i < n; i++) {
            double[] z = new double[n];
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int k = 0; k < u[i].length; k++) {
                    dot += u[i][k] * v[j][k];
                }
                z[j] = logitScale * dot;
                max = Math.max(max, z[j]);
            }
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += Math.exp(z[j] - max);
            }
            total += max + Math.log(s) - z[i];
        }
        return total / n;
    }

    static double[][] norm(double[][] x) {
        double[][] o = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double s = 0;
            for (double a : x[i]) {
                s += a * a;
            }
            o[i] = new double[x[i].length];
            for (int k = 0; k < x[i].length; k++) {
                o[i][k] = x[i][k] / Math.sqrt(s);
            }
        }
        return o;
    }
}
