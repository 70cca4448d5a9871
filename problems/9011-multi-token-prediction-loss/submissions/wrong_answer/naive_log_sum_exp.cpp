// Wrong answer: log(sum exp(z)) without the maximum: exp(1000) is inf in C++ (no exception, where Python
// raises OverflowError), and so is the loss. Caught first by "max-logits" (expected 3922.34..., gets Infinity),
// and by "overflow-1000": [[[1000,0]],[[0,1000]]], [0,0] (expected 0.0).
class Solution {
public:
    double mtpLoss(vector<vector<vector<double>>>& logits, vector<int>& tokens) {
        int T = logits.size(), H = logits[0].size();
        double total = 0;
        for (int h = 0; h < H; h++) {
            int targets = T - h - 1;
            if (targets <= 0) continue;
            double sum = 0;
            for (int t = 0; t < targets; t++) {
                double s = 0;
                for (double x : logits[t][h]) s += exp(x);
                sum += log(s) - logits[t][h][tokens[t + h + 1]];
            }
            total += sum / targets;
        }
        return total;
    }
};
