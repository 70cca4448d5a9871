# Runtime Error: the entropy as -sum(p * log(p)) over every token: Java's PLogPNaN. An underflowed
# probability is exactly 0; Java's 0 * log(0) is NaN (a Wrong Answer), Python's log(0) raises ValueError
# ("math domain error"). Caught by "underflowed-probability": [[0,-1000]], [0], 0.09, 0.3 (expected 1).
class Solution:
    def typicalAcceptance(self, logits: List[List[float]], draft: List[int], epsilon: float, delta: float) -> int:
        accepted = 0
        for z, token in zip(logits, draft):
            top = max(z)
            weights = [exp(x - top) for x in z]
            total = sum(weights)
            p = [w / total for w in weights]
            entropy = -sum(q * log(q) for q in p)
            if p[token] > min(epsilon, delta * exp(-entropy)):
                accepted += 1
            else:
                break
        return accepted
