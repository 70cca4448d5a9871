// Accepted: a softmax shifted by the row's maximum, the entropy in nats with 0 * ln 0 taken as 0 (the
// underflowed probabilities are skipped), and a stop at the first rejection. O(total logits).
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
                if (pj > 0) h -= pj * log(pj);
            }
            if (p[draft[k]] > min(epsilon, delta * exp(-h))) accepted++;
            else break;
        }
        return accepted;
    }
};
