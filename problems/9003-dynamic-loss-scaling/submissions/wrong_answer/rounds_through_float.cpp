// Wrong answer: multiplies in float, (float)g * (float)scale, as FP16 code often does: the product is rounded
// to float first and then compared, a double rounding. 65519.99999999999 becomes 65520.0f, the tie that
// overflows, while rounded once it is finite. Caught first by "max-steps" (10^4 steps of the package's
// special gradients, such as 65519.999), and by "double-rounding": [[65519.99999999999]], 0, 1 (expected
// [2.0], gets [1.0]).
class Solution {
public:
    vector<double> lossScaleHistory(vector<vector<double>>& grads, int initScaleLog2, int growthInterval) {
        vector<double> history;
        float scale = ldexp(1.0f, initScaleLog2);
        int good = 0;
        for (const auto& step : grads) {
            bool overflow = false;
            for (double g : step) {
                if (fabs((float)g * scale) >= 65520.0f) overflow = true;
            }
            if (overflow) {
                scale = max(1.0f, scale / 2);
                good = 0;
            } else if (++good == growthInterval) {
                scale = min(16777216.0f, scale * 2);
                good = 0;
            }
            history.push_back(scale);
        }
        return history;
    }
};
