// Accepted: interpolates evenly between the rho-th roots of sigmaMax and sigmaMin, raises back to rho, and
// ends with 0; with one step the fraction i / (n - 1) is taken as 0. O(n).
class Solution {
public:
    vector<double> karrasSigmas(int n, double sigmaMin, double sigmaMax, double rho) {
        vector<double> sigmas(n + 1, 0.0);
        double hi = pow(sigmaMax, 1 / rho), lo = pow(sigmaMin, 1 / rho);
        for (int i = 0; i < n; i++) {
            double t = n == 1 ? 0.0 : (double)i / (n - 1);
            sigmas[i] = pow(hi + t * (lo - hi), rho);
        }
        return sigmas;
    }
};
