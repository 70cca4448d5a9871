// Wrong answer: head h predicts tokens[t + h], the token at its own position, instead of tokens[t + h + 1]
// (the loop bounds are right, so nothing reads past the end). Caught by example 1:
// [[[2,0],[0,3]],[[1,1],[0,0]],[[0,0],[0,0]]], [0,0,1] (expected 0.4586..., gets 3.4586...).
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
            for (int t = 0; t < targets; t++) sum += lse(logits[t][h]) - logits[t][h][tokens[t + h]];
            total += sum / targets;
        }
        return total;
    }
};
