// Accepted: unit vectors, the n x n logit matrix, and each row's and column's log-sum-exp shifted by its
// maximum (exp of a logit itself overflows at logitScale = 1000). O(n^2 d) time, O(n^2) space.
class Solution {
public:
    double clipLoss(vector<vector<double>>& imageEmb, vector<vector<double>>& textEmb, double logitScale) {
        int n = imageEmb.size(), d = imageEmb[0].size();
        auto unit = [&](vector<vector<double>> x) {
            for (auto& row : x) {
                double norm = 0;
                for (double a : row) norm += a * a;
                norm = sqrt(norm);
                for (double& a : row) a /= norm;
            }
            return x;
        };
        vector<vector<double>> u = unit(imageEmb), v = unit(textEmb);
        vector<vector<double>> z(n, vector<double>(n));
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int k = 0; k < d; k++) dot += u[i][k] * v[j][k];
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
            total += (rowMax + log(rowSum) - z[i][i]) + (colMax + log(colSum) - z[i][i]);
        }
        return total / (2.0 * n);
    }
};
