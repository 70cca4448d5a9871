/*
 * Wrong Answer: divides by the n^2 pairs instead of the batch size n (the paper's normalisation).
 * Caught by "identity-two": [[1,0],[0,1]], [[1,0],[0,1]], 1, 0 (expected 1.0064..., gets 0.5032...).
 */
class Solution {
    public double sigLipLoss(double[][] imageEmb, double[][] textEmb, double t, double b) {
        int n = imageEmb.length;
        double[][] u = normalised(imageEmb), v = normalised(textEmb);
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int k = 0; k < u[i].length; k++) {
                    dot += u[i][k] * v[j][k];
                }
                double y = -(i == j ? 1 : -1) * (t * dot + b);
                total += Math.max(y, 0) + Math.log1p(Math.exp(-Math.abs(y)));
            }
        }
        return total / ((double) n * n);
    }

    static double[][] normalised(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double sq = 0;
            for (double a : x[i]) {
                sq += a * a;
            }
            double norm = Math.sqrt(sq);
            out[i] = new double[x[i].length];
            for (int k = 0; k < x[i].length; k++) {
                out[i][k] = x[i][k] / norm;
            }
        }
        return out;
    }
}
