// Accepted: head h predicts tokens[t + h + 1] and has T - h - 1 targets; its loss is the mean of
// lse(logits[t][h]) - logits[t][h][target] over them, with the log-sum-exp shifted by the row's maximum, and
// a head without targets adds 0. O(T * H * V).
class Solution {
    static double lse(const vector<double>& z) {
        double top = *max_element(z.begin(), z.end()), s = 0;
        for (double x : z) s += exp(x - top);
        return top + log(s);
    }

public:
    double mtpLoss(vector<vector<vector<double>>>& logits, vector<int>& tokens) {
        int T = logits.size(), H = logits[0].size();
        double total = 0;
        for (int h = 0; h < H; h++) {
            int targets = T - h - 1;
            if (targets <= 0) continue;
            double sum = 0;
            for (int t = 0; t < targets; t++) sum += lse(logits[t][h]) - logits[t][h][tokens[t + h + 1]];
            total += sum / targets;
        }
        return total;
    }
};
