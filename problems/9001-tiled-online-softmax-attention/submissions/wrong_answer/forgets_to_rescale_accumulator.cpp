// Wrong answer: the classic FlashAttention slip: when the maximum grows, l is rescaled but acc is not, so the
// old values keep their weights relative to the old maximum. Caught by example 1 already, whose last tile
// raises the maximum to ln 2 (expected [2.0,3.5], gets [2.0,4.5]), and by "rescale".
class Solution {
public:
    vector<double> tiledAttention(vector<double>& scores, vector<double>& values, int blockSize) {
        int n = scores.size();
        vector<double> out;
        double m = -INFINITY, l = 0, acc = 0;
        for (int start = 0; start < n; start += blockSize) {
            int end = min(n, start + blockSize);
            double tileMax = m;
            for (int i = start; i < end; i++) tileMax = max(tileMax, scores[i]);
            l *= exp(m - tileMax);
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
