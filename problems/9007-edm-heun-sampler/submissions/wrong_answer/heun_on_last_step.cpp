// Wrong answer: applies Heun's correction on the last step too, where sigma = 0: the slope divides by 0.0,
// which in C++ is nan and no signal (Python raises ZeroDivisionError, its twin is a runtime error), so every
// output is NaN. Caught by example 1: [1,-2], 1, 80, 3, 4 (expected [3.1920...,2.5935...], gets [NaN,NaN]).
class Solution {
public:
    vector<double> edmSample(vector<double>& noise, int steps, double sigmaMax, double mu, double s) {
        vector<double> sigma(steps + 1, 0.0);
        double hi = pow(sigmaMax, 1 / 7.0), lo = pow(0.002, 1 / 7.0);
        for (int i = 0; i < steps; i++) {
            double t = steps == 1 ? 0.0 : (double)i / (steps - 1);
            sigma[i] = pow(hi + t * (lo - hi), 7);
        }
        auto denoise = [&](double x, double sig) { return mu + s * s / (s * s + sig * sig) * (x - mu); };
        vector<double> out;
        for (double z : noise) {
            double x = sigma[0] * z;
            for (int i = 0; i < steps; i++) {
                double d = (x - denoise(x, sigma[i])) / sigma[i];
                double next = x + (sigma[i + 1] - sigma[i]) * d;
                double d2 = (next - denoise(next, sigma[i + 1])) / sigma[i + 1];
                x = x + (sigma[i + 1] - sigma[i]) * (d + d2) / 2;
            }
            out.push_back(x);
        }
        return out;
    }
};
