// Accepted: S is a power of two up to 2^24 and |g| <= 10^6, so g * S is exact in a double; rounded once to
// binary16 it is Infinity exactly when |g * S| >= 65520 (65520 is the tie that goes to even, 2^16). The
// threshold is worked out by hand: no _Float16, no F16C intrinsics. O(total number of gradients).
class Solution {
public:
    vector<double> lossScaleHistory(vector<vector<double>>& grads, int initScaleLog2, int growthInterval) {
        vector<double> history;
        double scale = ldexp(1.0, initScaleLog2);
        int good = 0;
        for (const auto& step : grads) {
            bool overflow = false;
            for (double g : step) {
                if (fabs(g * scale) >= 65520.0) { overflow = true; break; }
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
