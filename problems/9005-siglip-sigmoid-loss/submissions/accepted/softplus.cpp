// Accepted: -log sigmoid(y) computed as softplus(-y) = max(-y, 0) + log1p(exp(-|y|)), which never overflows
// and never takes log 0 (|y| reaches 2000); the bias is added after the temperature, and the sum over all
// n^2 pairs is divided by the batch size n, as in the SigLIP paper. O(n^2 d).
class Solution {
public:
    double sigLipLoss(vector<vector<double>>& imageEmb, vector<vector<double>>& textEmb, double t, double b) {
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
        double total = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int k = 0; k < d; k++) dot += u[i][k] * v[j][k];
                double x = t * dot + b;
                double y = i == j ? -x : x;  // -log sigmoid(z * x) = softplus(-z * x)
                total += max(y, 0.0) + log1p(exp(-fabs(y)));
            }
        return total / n;
    }
};
