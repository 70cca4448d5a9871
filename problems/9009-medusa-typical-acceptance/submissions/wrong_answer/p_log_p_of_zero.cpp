// Wrong answer: the entropy as -sum p * log(p) over every token. An underflowed probability is exactly 0, and
// in C++ 0 * log(0) = 0 * -inf is nan, no exception (Python's log(0) raises ValueError, its twin is a runtime
// error): min(nan, epsilon) is nan and the comparison false. Caught by example 1, whose third row
// [-1000,1000] has p = [0,1] (expected 3, gets 2). (Written min(epsilon, nan), std::min returns epsilon and
// hides the nan from that example: p_log_p_of_zero_epsilon_first.cpp, caught by a hidden test of its own.)
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
            if (p[draft[k]] > min(delta * exp(-h), epsilon)) accepted++;
            else break;
        }
        return accepted;
    }
};
