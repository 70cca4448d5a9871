# Wrong Answer: returns the closed-form solution of the probability-flow ODE,
# mu + (x_0 - mu) * s / sqrt(s^2 + sigma_0^2), which is where the sampler tends with many steps, not what
# it computes. Caught by "eighteen-steps-edm": [0.5], 18, 80, 1, 2 (expected 2.0101306..., gets 1.9746955...).
class Solution:
    def edmSample(self, noise: List[float], steps: int, sigmaMax: float, mu: float, s: float) -> List[float]:
        return [mu + (sigmaMax * z - mu) * s / sqrt(s * s + sigmaMax * sigmaMax) for z in noise]
