/*
 * Wrong Answer: uses raw dot products as similarities, without normalising the embeddings to unit
 * length. Caught by "unnormalised-lengths": [[2,0],[0,1]], [[1,0],[0,1]], 1 (expected 0.3132616875182228,
 * gets 0.22009484928059775).
 */
class Solution {
    public double clipLoss(double[][] imageEmb, double[][] textEmb, double logitScale) {
        int n = imageEmb.length;
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int k = 0; k < imageEmb[i].length; k++) {
                    dot += imageEmb[i][k] * textEmb[j][k];
                }
                z[i][j] = logitScale * dot;
            }
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            double mr = Double.NEGATIVE_INFINITY, mc = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                mr = Math.max(mr, z[i][j]);
                mc = Math.max(mc, z[j][i]);
            }
            double r = 0, c = 0;
            for (int j = 0; j < n; j++) {
                r += Math.exp(z[i][j] - mr);
                c += Math.exp(z[j][i] - mc);
            }
            total += mr + Math.log(r) + mc + Math.log(c) - 2 * z[i][i];
        }
        return total / (2.0 * n);
    }
}
