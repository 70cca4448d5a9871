# Wrong Answer: counts every accepted position, also after a rejection (later tokens were drafted for a
# prefix the model did not accept). Caught by "stop-at-first-rejection": [[0,1],[5,0]], [0,0], 0.9, 0.9
# (expected 0, gets 1).
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
                continue
        return accepted
