// Wrong answer: uses the raw dot products as similarities, without normalising the embeddings to unit
// length. Caught first by "dimension-1" (expected 8.734322819437887, gets 18128.013315973265), and by
// "unnormalised-lengths": [[2,0],[0,1]], [[1,0],[0,1]], 1 (expected 0.3132616875182228, gets 0.2200948...).
class Solution {
public:
    double clipLoss(vector<vector<double>>& imageEmb, vector<vector<double>>& textEmb, double logitScale) {
        int n = imageEmb.size(), d = imageEmb[0].size();
        vector<vector<double>> z(n, vector<double>(n));
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int k = 0; k < d; k++) dot += imageEmb[i][k] * textEmb[j][k];
                z[i][j] = logitScale * dot;
            }
        double total = 0;
        for (int i = 0; i < n; i++) {
            double rowMax = -INFINITY, colMax = -INFINITY;
            for (int j = 0; j < n; j++) {
                rowMax = max(rowMax, z[i][j]);
                colMax = max(colMax, z[j][i]);
            }
            double rowSum = 0, colSum = 0;
            for (int j = 0; j < n; j++) {
                rowSum += exp(z[i][j] - rowMax);
                colSum += exp(z[j][i] - colMax);
            }
            total += rowMax + log(rowSum) + colMax + log(colSum) - 2 * z[i][i];
        }
        return total / (2.0 * n);
    }
};
