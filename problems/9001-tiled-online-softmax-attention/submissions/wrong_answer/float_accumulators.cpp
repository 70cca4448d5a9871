// Wrong answer: the right online softmax with its state in float, as a CUDA kernel keeps it (expf, float
// registers). Summing up to 10^5 weighted values in [-1000, 1000] drifts far past the tolerance of 1e-6:
// right on the small tests, caught first by "max-n-one-tile" (10^5 keys in one tile: off by 3.8e-2).
class Solution {
public:
    vector<double> tiledAttention(vector<double>& scores, vector<double>& values, int blockSize) {
        int n = scores.size();
        vector<double> out;
        float m = -INFINITY, l = 0, acc = 0;
        for (int start = 0; start < n; start += blockSize) {
            int end = min(n, start + blockSize);
            float tileMax = m;
            for (int i = start; i < end; i++) tileMax = max(tileMax, (float)scores[i]);
            float r = expf(m - tileMax);
            l *= r;
            acc *= r;
            m = tileMax;
            for (int i = start; i < end; i++) {
                float w = expf((float)scores[i] - m);
                l += w;
                acc += w * (float)values[i];
            }
            out.push_back(acc / l);
        }
        return out;
    }
};
