// Wrong answer: -log(1 / (1 + exp(-y))) as the formula reads. For y = -999, exp(999) is inf in C++ (no
// exception), the sigmoid 0 and -log 0 inf. Caught by example 3: [[1]], [[1]], 1, -1000
// (expected 999.0, gets Infinity).
class Solution {
public:
    double sigLipLoss(vector<vector<double>>& imageEmb, vector<vector<double>>& textEmb, double t, double b) {
        int n = imageEmb.size(), d = imageEmb[0].size();
        double total = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                double dot = 0, ni = 0, nj = 0;
                for (int k = 0; k < d; k++) {
                    dot += imageEmb[i][k] * textEmb[j][k];
                    ni += imageEmb[i][k] * imageEmb[i][k];
                    nj += textEmb[j][k] * textEmb[j][k];
                }
                double x = t * dot / sqrt(ni * nj) + b;
                double y = i == j ? x : -x;
                total += -log(1 / (1 + exp(-y)));
            }
        return total / n;
    }
};
