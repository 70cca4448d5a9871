// Accepted: keeps the log-sum-exp of the scores seen so far and the weighted mean itself. A new score s with
// value v has weight exp(s - lse_new) among everything seen, so mean += w * (v - mean). No tile state at all:
// the outputs are the mean at each tile's end.
class Solution {
public:
    vector<double> tiledAttention(vector<double>& scores, vector<double>& values, int blockSize) {
        int n = scores.size();
        vector<double> out;
        double lse = -INFINITY, mean = 0;
        for (int i = 0; i < n; i++) {
            double hi = max(lse, scores[i]);
            double next = hi + log1p(exp(min(lse, scores[i]) - hi));
            mean += exp(scores[i] - next) * (values[i] - mean);
            lse = next;
            if ((i + 1) % blockSize == 0 || i == n - 1) out.push_back(mean);
        }
        return out;
    }
};
