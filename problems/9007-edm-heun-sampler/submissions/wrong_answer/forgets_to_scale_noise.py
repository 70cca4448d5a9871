# Wrong Answer: starts from the unit noise itself instead of sigma_0 * noise. Caught by "four-steps":
# [0.5,-1.25], 4, 80, 1, 2 (expected [3.6088...,-5.7561...], gets [0.9666...,0.8495...]).
class Solution:
    def edmSample(self, noise: List[float], steps: int, sigmaMax: float, mu: float, s: float) -> List[float]:
        hi, lo = sigmaMax ** (1 / 7), 0.002 ** (1 / 7)
        sigma = [(hi + (i / (steps - 1) if steps > 1 else 0.0) * (lo - hi)) ** 7 for i in range(steps)] + [0.0]

        def denoise(x, sig):
            return mu + s * s / (s * s + sig * sig) * (x - mu)

        out = []
        for z in noise:
            x = z
            for cur, nxt in zip(sigma, sigma[1:]):
                d = (x - denoise(x, cur)) / cur
                x_next = x + (nxt - cur) * d
                if nxt != 0:
                    d2 = (x_next - denoise(x_next, nxt)) / nxt
                    x_next = x + (nxt - cur) * (d + d2) / 2
                x = x_next
            out.append(x)
        return out
