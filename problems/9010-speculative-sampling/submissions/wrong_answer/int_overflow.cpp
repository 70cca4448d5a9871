// Wrong answer: the exact integer test, but in int where it needs long long: U * Q_x * SP reaches about 10^15,
// far past INT_MAX (2.1 * 10^9). Right while the weights are small; caught first by "uniform-max-rejects":
// [[999,1000],[1000,0]], [[1000,1]], [0], [999999,999999], where 999999 * 1000 * 1999 wraps (expected [1],
// gets [0]). Signed overflow is undefined: the -O2 build of submit wraps, and run's UBSan build stops at it.
class Solution {
    static int draw(const vector<int>& w, int u) {
        int total = accumulate(w.begin(), w.end(), 0), cumulative = 0;
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
            int sp = accumulate(target[k].begin(), target[k].end(), 0);
            int sq = accumulate(draft[k].begin(), draft[k].end(), 0);
            if (uniforms[k] * draft[k][x] * sp < 1000000 * target[k][x] * sq) {
                out.push_back(x);
                continue;
            }
            vector<int> residual(target[k].size());
            for (size_t j = 0; j < residual.size(); j++)
                residual[j] = max(0, target[k][j] * sq - draft[k][j] * sp);
            out.push_back(draw(residual, uniforms[gamma]));
            return out;
        }
        out.push_back(draw(target[gamma], uniforms[gamma]));
        return out;
    }
};
