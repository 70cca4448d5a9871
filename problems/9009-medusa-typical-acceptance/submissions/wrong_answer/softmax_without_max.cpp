// Wrong answer: the softmax without the shift, exp(logit) itself: exp(1000) is inf in C++ (no exception, where
// Python raises OverflowError), inf / inf is nan and the comparison false. Caught by example 1, whose third
// row is [-1000,1000] (expected 3, gets 2).
class Solution {
public:
    int typicalAcceptance(vector<vector<double>>& logits, vector<int>& draft, double epsilon, double delta) {
        int accepted = 0;
        for (size_t k = 0; k < logits.size(); k++) {
            const vector<double>& z = logits[k];
            vector<double> p(z.size());
            double sum = 0;
            for (size_t j = 0; j < z.size(); j++) sum += p[j] = exp(z[j]);
            double h = 0;
            for (double& pj : p) {
                pj /= sum;
                if (pj > 0) h -= pj * log(pj);
            }
            if (p[draft[k]] > min(epsilon, delta * exp(-h))) accepted++;
            else break;
        }
        return accepted;
    }
};
