// Wrong answer: divides by the n^2 pairs, as a mean usually is, instead of by the batch size n (the paper's
// normalisation). Caught by example 1: [[1,0],[0,1]], [[1,0],[0,1]], 1, 0 (expected
// 1.0064..., gets 0.5032...).
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
                double y = (i == j ? -1 : 1) * (t * dot + b);
                total += max(y, 0.0) + log1p(exp(-fabs(y)));
            }
        return total / (n * n);
    }
};
