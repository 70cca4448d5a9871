// Wrong answer: Euler steps only, without Heun's correction. Right with one step (the last step is Euler in
// Heun's sampler too), caught by example 2: [0.5,-1.25], 4, 80, 1, 2 (expected [3.6088...,-5.7561...], gets
// [1.3925...,-0.0165...]).
class Solution {
public:
    vector<double> edmSample(vector<double>& noise, int steps, double sigmaMax, double mu, double s) {
        vector<double> sigma(steps + 1, 0.0);
        double hi = pow(sigmaMax, 1 / 7.0), lo = pow(0.002, 1 / 7.0);
        for (int i = 0; i < steps; i++) {
            double t = steps == 1 ? 0.0 : (double)i / (steps - 1);
            sigma[i] = pow(hi + t * (lo - hi), 7);
        }
        vector<double> out;
        for (double z : noise) {
            double x = sigma[0] * z;
            for (int i = 0; i < steps; i++) {
                double denoised = mu + s * s / (s * s + sigma[i] * sigma[i]) * (x - mu);
                x += (sigma[i + 1] - sigma[i]) * (x - denoised) / sigma[i];
            }
            out.push_back(x);
        }
        return out;
    }
};
