# Runtime Error: log(sum(exp(z))) without the maximum: Java's NaiveLogSumExp. Java's exp(1000) is Infinity
# and the loss Infinity (a Wrong Answer); Python's math.exp raises OverflowError ("math range error").
# Caught by "overflow-1000": [[[1000,0]],[[0,1000]]], [0,0] (expected 0.0).
class Solution:
    def mtpLoss(self, logits: List[List[List[float]]], tokens: List[int]) -> float:
        def lse(z):
            return log(sum(exp(x) for x in z))

        T, heads = len(tokens), len(logits[0])
        loss = 0.0
        for h in range(min(heads, T - 1)):
            losses = [lse(logits[t][h]) - logits[t][h][tokens[t + h + 1]] for t in range(T - h - 1)]
            loss += sum(losses) / len(losses)
        return loss
