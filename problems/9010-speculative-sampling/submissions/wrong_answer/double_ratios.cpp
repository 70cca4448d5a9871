// Wrong answer: the acceptance test in doubles, u < p(x) / q(x). For p = 0.5, q = 10/19 and u = 0.95 the two
// are equal and the tie must reject, but 0.5 / (10.0 / 19) is 0.9500000000000001 in floating point, so it
// accepts. Caught by "double-ratio-tie": [[1,1],[1,1]], [[10,9]], [0], [950000,0] (expected [1], gets [0,0]).
class Solution {
    static int draw(const vector<long long>& w, long long u) {
        long long total = accumulate(w.begin(), w.end(), 0LL), cumulative = 0;
        for (size_t j = 0; j < w.size(); j++) {
            cumulative += w[j];
            if (cumulative * 1000000 > u * total) return j;
        }
        return w.size() - 1;
    }

public:
    vector<int> speculativeSample(vector<vector<int>>& target, vector<vector<int>>& draft, vector<int>& tokens,
                                  vector<int>& uniforms) {
        int gamma = tokens.size();
        vector<int> out;
        for (int k = 0; k < gamma; k++) {
            int x = tokens[k];
            long long sp = accumulate(target[k].begin(), target[k].end(), 0LL);
            long long sq = accumulate(draft[k].begin(), draft[k].end(), 0LL);
            double p = (double)target[k][x] / sp, q = (double)draft[k][x] / sq;
            if (uniforms[k] / 1e6 < p / q) {
                out.push_back(x);
                continue;
            }
            vector<long long> residual(target[k].size());
            for (size_t j = 0; j < residual.size(); j++)
                residual[j] = max(0LL, target[k][j] * sq - draft[k][j] * sp);
            out.push_back(draw(residual, uniforms[gamma]));
            return out;
        }
        out.push_back(draw(vector<long long>(target[gamma].begin(), target[gamma].end()), uniforms[gamma]));
        return out;
    }
};
