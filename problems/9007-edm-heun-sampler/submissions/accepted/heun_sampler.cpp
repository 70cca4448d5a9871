// Accepted: EDM's Algorithm 1 as written: the schedule of 9006 (sigmaMin = 0.002, rho = 7), then for each
// noise value an Euler step and Heun's correction with the slope at the new level, except on the last step
// down to sigma = 0 (where the slope would divide by 0). O(steps * noise.size()).
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
                if (sigma[i + 1] != 0) {
                    double d2 = (next - denoise(next, sigma[i + 1])) / sigma[i + 1];
                    next = x + (sigma[i + 1] - sigma[i]) * (d + d2) / 2;
                }
                x = next;
            }
            out.push_back(x);
        }
        return out;
    }
};
