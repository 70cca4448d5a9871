# Accepted: a softmax shifted by the row's maximum, the entropy in nats with 0 * ln 0 taken as 0 (the
# underflowed probabilities are skipped), and a stop at the first rejection.
class Solution:
    def typicalAcceptance(self, logits: List[List[float]], draft: List[int], epsilon: float, delta: float) -> int:
        accepted = 0
        for z, token in zip(logits, draft):
            top = max(z)
            weights = [exp(x - top) for x in z]
            total = sum(weights)
            p = [w / total for w in weights]
            entropy = -sum(q * log(q) for q in p if q > 0)
            if p[token] > min(epsilon, delta * exp(-entropy)):
                accepted += 1
            else:
                break
        return accepted
