// Wrong answer: p_log_p_of_zero.cpp's nan entropy with the min written the other way round. std::min(epsilon,
// nan) returns epsilon (nan < epsilon is false), so the delta term silently drops out wherever a probability
// underflows: example 1's third row ([-1000,1000], p = [0,1], p > epsilon) still passes. Caught by the hidden
// test underflow-with-large-epsilon: logits [0,0,-1000], epsilon 0.9, delta 0.3, where the true threshold
// 0.3 * exp(-ln 2) = 0.15 accepts p = 0.5 and epsilon 0.9 alone rejects it (expected 1, gets 0).
class Solution {
public:
    int typicalAcceptance(vector<vector<double>>& logits, vector<int>& draft, double epsilon, double delta) {
        int accepted = 0;
        for (size_t k = 0; k < logits.size(); k++) {
            const vector<double>& z = logits[k];
            double top = *max_element(z.begin(), z.end());
            vector<double> p(z.size());
            double sum = 0;
            for (size_t j = 0; j < z.size(); j++) sum += p[j] = exp(z[j] - top);
            double h = 0;
            for (double& pj : p) {
                pj /= sum;
                h -= pj * log(pj);
            }
            if (p[draft[k]] > min(epsilon, delta * exp(-h))) accepted++;
            else break;
        }
        return accepted;
    }
};
