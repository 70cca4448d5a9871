/*
 * Accepted: multiplies by 1 / |x| (the norm accumulated with Math.hypot), sums the dot products from the
 * last coordinate down, and computes each row's and column's log-softmax at the diagonal as
 * -(log sum exp(z - z_ii)), shifted by the maximum of z - z_ii. Needs about 6e-15 against the reference.
 */
class Solution {
    public double clipLoss(double[][] imageEmb, double[][] textEmb, double logitScale) {
        int n = imageEmb.length, d = imageEmb[0].length;
        double[][] u = unit(imageEmb), v = unit(textEmb);
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int k = d - 1; k >= 0; k--) {
                    dot += u[i][k] * v[j][k];
                }
                z[i][j] = dot * logitScale;
            }
        }
        double rows = 0, cols = 0;
        for (int i = 0; i < n; i++) {
            double mr = Double.NEGATIVE_INFINITY, mc = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                mr = Math.max(mr, z[i][j] - z[i][i]);
                mc = Math.max(mc, z[j][i] - z[i][i]);
            }
            double sr = 0, sc = 0;
            for (int j = 0; j < n; j++) {
                sr += Math.exp(z[i][j] - z[i][i] - mr);
                sc += Math.exp(z[j][i] - z[i][i] - mc);
            }
            rows += mr + Math.log(sr);
            cols += mc + Math.log(sc);
        }
        return (rows / n + cols / n) / 2;
    }

    private static double[][] unit(double[][] x) {
        double[][] out = new double[x.length][x[0].length];
        for (int i = 0; i < x.length; i++) {
            double norm = 0;
            for (double a : x[i]) {
                norm = Math.hypot(norm, a);
            }
            double inv = 1 / norm;
            for (int k = 0; k < x[i].length; k++) {
                out[i][k] = x[i][k] * inv;
            }
        }
        return out;
    }
}
