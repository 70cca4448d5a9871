/*
 * Normalises every embedding, forms the n x n logits z[i][j] = scale * (u_i . v_j), and adds each row's
 * and each column's log-sum-exp, shifted by its maximum so that exp never overflows (z reaches 1000), less
 * twice the diagonal. O(n^2 d) time, O(n^2) space.
 */
class Solution {
    public double clipLoss(double[][] imageEmb, double[][] textEmb, double logitScale) {
        int n = imageEmb.length;
        double[][] u = normalised(imageEmb);
        double[][] v = normalised(textEmb);
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
            double rowMax = Double.NEGATIVE_INFINITY, colMax = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                rowMax = Math.max(rowMax, z[i][j]);
                colMax = Math.max(colMax, z[j][i]);
            }
            double rowSum = 0, colSum = 0;
            for (int j = 0; j < n; j++) {
                rowSum += Math.exp(z[i][j] - rowMax);
                colSum += Math.exp(z[j][i] - colMax);
            }
            total += (rowMax + Math.log(rowSum) - z[i][i]) + (colMax + Math.log(colSum) - z[i][i]);
        }
        return total / (2.0 * n);
    }

    private static double[][] normalised(double[][] x) {
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
