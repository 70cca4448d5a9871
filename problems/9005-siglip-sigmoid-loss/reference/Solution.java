/*
 * Normalises the embeddings, and for every pair adds -log sigmoid(z * x) = softplus(-z * x), with
 * x = t * cos + b and z = +1 on the diagonal, -1 elsewhere. softplus(y) = max(y, 0) + log1p(exp(-|y|))
 * never overflows and never takes log 0 (|y| reaches 2000). The sum is divided by n, the batch size, as
 * in the SigLIP paper. O(n^2 d).
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
                double x = t * dot + b;
                total += softplus(i == j ? -x : x);
            }
        }
        return total / n;
    }

    static double softplus(double y) {
        return Math.max(y, 0) + Math.log1p(Math.exp(-Math.abs(y)));
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
