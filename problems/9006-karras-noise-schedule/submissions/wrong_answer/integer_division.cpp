// Wrong answer: i / (n - 1) of two ints is an integer division, 0 until the last step, so every level but the
// last two is sigmaMax. Caught by example 1: n = 3, sigmaMin = 1, sigmaMax = 81, rho = 2 (expected
// [81.0,25.0,1.0,0.0], gets [81.0,81.0,1.0,0.0]).
class Solution {
public:
    vector<double> karrasSigmas(int n, double sigmaMin, double sigmaMax, double rho) {
        vector<double> sigmas(n + 1, 0.0);
        double hi = pow(sigmaMax, 1 / rho), lo = pow(sigmaMin, 1 / rho);
        for (int i = 0; i < n; i++) {
            double t = n == 1 ? 0 : i / (n - 1);
            sigmas[i] = pow(hi + t * (lo - hi), rho);
        }
        return sigmas;
    }
};
