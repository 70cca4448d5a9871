// Accepted: the whole round in long long, exactly: accept x when U * Q_x * SP < 10^6 * P_x * SQ (u < p / q,
// strictly), draw from max(0, P_j * SQ - Q_j * SP) at the first rejection, and from the last target row when
// every drafted token is accepted. Every product stays below 10^18. O(gamma * V).
class Solution {
    static int draw(const vector<long long>& w, long long u) {
        long long total = accumulate(w.begin(), w.end(), 0LL), cumulative = 0;
        for (size_t j = 0; j < w.size(); j++) {
            cumulative += w[j];
            if (cumulative * 1000000 > u * total) return j;
        }
        return -1;  // u < 10^6 and total > 0: never reached
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
            if ((long long)uniforms[k] * draft[k][x] * sp < 1000000LL * target[k][x] * sq) {
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
