// Time limit exceeded: numerically right (a fresh stable softmax of the whole prefix after each tile), but
// O(n^2 / blockSize): with n = 10^5 and blockSize = 1 that is 5 * 10^9 exponentials, too many even in C++.
// Caught by "max-increasing-block-1" in 04-max.json.
class Solution {
public:
    vector<double> tiledAttention(vector<double>& scores, vector<double>& values, int blockSize) {
        int n = scores.size();
        vector<double> out;
        for (int end = blockSize; ; end += blockSize) {
            end = min(end, n);
            double top = *max_element(scores.begin(), scores.begin() + end);
            double l = 0, acc = 0;
            for (int i = 0; i < end; i++) {
                double w = exp(scores[i] - top);
                l += w;
                acc += w * values[i];
            }
            out.push_back(acc / l);
            if (end == n) break;
        }
        return out;
    }
};
