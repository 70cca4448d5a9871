# Runtime Error: the softmax without the shift, exp(logit) itself: Java's SoftmaxWithoutMax. Java's
# exp(1000) is Infinity and the probabilities NaN (a Wrong Answer); Python's math.exp raises OverflowError.
# Caught by "overflow-1000": [[1000,999]], [0], 0.09, 0.3 (expected 1).
class Solution:
    def typicalAcceptance(self, logits: List[List[float]], draft: List[int], epsilon: float, delta: float) -> int:
        accepted = 0
        for z, token in zip(logits, draft):
            top = 0.0
            weights = [exp(x - top) for x in z]
            total = sum(weights)
            p = [w / total for w in weights]
            entropy = -sum(q * log(q) for q in p if q > 0)
            if p[token] > min(epsilon, delta * exp(-entropy)):
                accepted += 1
            else:
                break
        return accepted
