// Accepted: FlashAttention's state per tile: the running maximum m, l = sum of exp(s - m) and acc = sum of
// exp(s - m) * v; a tile whose maximum exceeds m first rescales both l and acc. One pass, O(n).
class Solution {
public:
    vector<double> tiledAttention(vector<double>& scores, vector<double>& values, int blockSize) {
        int n = scores.size();
        vector<double> out;
        out.reserve((n + blockSize - 1) / blockSize);
        double m = -INFINITY, l = 0, acc = 0;
        for (int start = 0; start < n; start += blockSize) {
            int end = min(n, start + blockSize);
            double tileMax = m;
            for (int i = start; i < end; i++) tileMax = max(tileMax, scores[i]);
            double r = exp(m - tileMax);
            l *= r;
            acc *= r;
            m = tileMax;
            for (int i = start; i < end; i++) {
                double w = exp(scores[i] - m);
                l += w;
                acc += w * values[i];
            }
            out.push_back(acc / l);
        }
        return out;
    }
};
