/*
 * Wrong Answer: -log(1 / (1 + exp(-y))) as written: exp(999) is Infinity, sigmoid 0, -log 0 Infinity.
 * Caught by "bias-minus-1000": [[1]], [[1]], 1, -1000 (expected 999.0, gets Infinity).
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
                double y = (i == j ? 1 : -1) * (t * dot + b);
                total += -Math.log(1 / (1 + Math.exp(-y)));
            }
        }
        return total / n;
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
