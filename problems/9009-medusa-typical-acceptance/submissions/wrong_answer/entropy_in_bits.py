# Wrong Answer: the entropy in bits (log2) instead of nats. Caught by "entropy-in-nats":
# [[ln 0.15, ln 0.85]], [0], 0.5, 0.25 (expected 0, gets 1).
class Solution:
    def typicalAcceptance(self, logits: List[List[float]], draft: List[int], epsilon: float, delta: float) -> int:
        accepted = 0
        for z, token in zip(logits, draft):
            top = max(z)
            weights = [exp(x - top) for x in z]
            total = sum(weights)
            p = [w / total for w in weights]
            entropy = -sum(q * log2(q) for q in p if q > 0)
            if p[token] > min(epsilon, delta * exp(-entropy)):
                accepted += 1
            else:
                break
        return accepted
