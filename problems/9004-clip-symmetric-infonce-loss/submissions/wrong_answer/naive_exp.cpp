// Wrong answer: log(sum exp(z)) without subtracting the maximum. At logitScale = 1000, exp(1000) is inf in
// C++ (no exception, no signal), and so is the loss. Caught by "scale-1000-aligned" (example 3):
// [[1,0],[0,1]], [[1,0],[0,1]], 1000 (expected 0.0, gets Infinity).
class Solution {
public:
    double clipLoss(vector<vector<double>>& imageEmb, vector<vector<double>>& textEmb, double logitScale) {
        int n = imageEmb.size(), d = imageEmb[0].size();
        vector<double> imageNorm(n), textNorm(n);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                imageNorm[i] += imageEmb[i][k] * imageEmb[i][k];
                textNorm[i] += textEmb[i][k] * textEmb[i][k];
            }
            imageNorm[i] = sqrt(imageNorm[i]);
            textNorm[i] = sqrt(textNorm[i]);
        }
        vector<vector<double>> z(n, vector<double>(n));
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int k = 0; k < d; k++) dot += imageEmb[i][k] * textEmb[j][k];
                z[i][j] = logitScale * dot / (imageNorm[i] * textNorm[j]);
            }
        double total = 0;
        for (int i = 0; i < n; i++) {
            double rowSum = 0, colSum = 0;
            for (int j = 0; j < n; j++) {
                rowSum += exp(z[i][j]);
                colSum += exp(z[j][i]);
            }
            total += log(rowSum) + log(colSum) - 2 * z[i][i];
        }
        return total / (2.0 * n);
    }
};
