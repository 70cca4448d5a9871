# Accepted: with an exact Gaussian denoiser every step multiplies x - mu by a factor that does not depend
# on x, so the product of the factors is computed once and applied to every noise value.
class Solution:
    def edmSample(self, noise: List[float], steps: int, sigmaMax: float, mu: float, s: float) -> List[float]:
        root_max, root_min = sigmaMax ** (1 / 7), 0.002 ** (1 / 7)
        sig = [(root_max if steps == 1 else root_max + (root_min - root_max) * i / (steps - 1)) ** 7
               for i in range(steps)] + [0.0]
        factor = 1.0
        for i in range(steps):
            h = sig[i + 1] - sig[i]
            a = sig[i] / (s * s + sig[i] * sig[i])
            if sig[i + 1] == 0:
                factor *= 1 + h * a
            else:
                b = sig[i + 1] / (s * s + sig[i + 1] * sig[i + 1])
                factor *= 1 + h / 2 * (a + b * (1 + h * a))
        return [mu + factor * (sig[0] * z - mu) for z in noise]
