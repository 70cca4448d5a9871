# Accepted: EDM's Algorithm 1 as written: an Euler step, then Heun's correction with the slope at the new
# level, except on the last step down to sigma = 0 (where the slope would divide by 0).
class Solution:
    def edmSample(self, noise: List[float], steps: int, sigmaMax: float, mu: float, s: float) -> List[float]:
        hi, lo = sigmaMax ** (1 / 7), 0.002 ** (1 / 7)
        sigma = [(hi + (i / (steps - 1) if steps > 1 else 0.0) * (lo - hi)) ** 7 for i in range(steps)] + [0.0]

        def denoise(x, sig):
            return mu + s * s / (s * s + sig * sig) * (x - mu)

        out = []
        for z in noise:
            x = sigma[0] * z
            for cur, nxt in zip(sigma, sigma[1:]):
                d = (x - denoise(x, cur)) / cur
                x_next = x + (nxt - cur) * d
                if nxt != 0:
                    d2 = (x_next - denoise(x_next, nxt)) / nxt
                    x_next = x + (nxt - cur) * (d + d2) / 2
                x = x_next
            out.append(x)
        return out
