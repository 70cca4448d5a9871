/*
 * Wrong Answer: log(sum exp(z)) without subtracting the maximum. With logitScale = 1000, exp(1000) is
 * Infinity and the loss Infinity (or NaN). Caught by "scale-1000-aligned": [[1,0],[0,1]], [[1,0],[0,1]],
 * 1000 (expected 0.0, gets Infinity).
 */
class Solution {
    public double clipLoss(double[][] imageEmb, double[][] textEmb, double logitScale) {
        int n = imageEmb.length;
        double[][] u = norm(imageEmb), v = norm(textEmb);
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int k = 0; k < u[i].length; k++) {
                    dot += u[i][k] * v[j][k];
                }
                z[i][j] = logitScale * dot;
            }
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            double r = 0, c = 0;
            for (int j = 0; j < n; j++) {
                r += Math.exp(z[i][j]);
                c += Math.exp(z[j][i]);
            }
            total += Math.log(r) + Math.log(c) - 2 * z[i][i];
        }
        return total / (2.0 * n);
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
