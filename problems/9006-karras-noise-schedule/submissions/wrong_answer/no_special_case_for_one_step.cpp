// Wrong answer: no special case for n = 1, where the fraction is 0.0 / 0: in C++ a double division by zero
// is nan, no signal (Python raises ZeroDivisionError, its twin is a runtime error). Caught by example 2:
// n = 1, sigmaMin = 0.002, sigmaMax = 80, rho = 7 (expected [80.0,0.0], gets [NaN,0.0]).
class Solution {
public:
    vector<double> karrasSigmas(int n, double sigmaMin, double sigmaMax, double rho) {
        vector<double> sigmas(n + 1, 0.0);
        double hi = pow(sigmaMax, 1 / rho), lo = pow(sigmaMin, 1 / rho);
        for (int i = 0; i < n; i++) {
            sigmas[i] = pow(hi + (double)i / (n - 1) * (lo - hi), rho);
        }
        return sigmas;
    }
};
