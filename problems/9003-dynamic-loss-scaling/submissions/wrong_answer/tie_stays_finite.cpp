// Wrong answer: overflow only when |g * S| > 65520, taking the tie at 65520 to round down to 65504; ties go
// to the even side, 2^16, which is Infinity. Caught by example 2, where 32760 * 2 = 65520 (expected
// [2.0,1.0,2.0,1.0], gets [2.0,4.0,2.0,1.0]), and by "tie-65520".
class Solution {
public:
    vector<double> lossScaleHistory(vector<vector<double>>& grads, int initScaleLog2, int growthInterval) {
        vector<double> history;
        double scale = ldexp(1.0, initScaleLog2);
        int good = 0;
        for (const auto& step : grads) {
            bool overflow = false;
            for (double g : step) {
                if (fabs(g * scale) > 65520.0) overflow = true;
            }
            if (overflow) {
                scale = max(1.0, scale / 2);
                good = 0;
            } else if (++good == growthInterval) {
                scale = min(16777216.0, scale * 2);
                good = 0;
            }
            history.push_back(scale);
        }
        return history;
    }
};
