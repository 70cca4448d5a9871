# Wrong Answer: divides every head's sum by T, the sequence length, instead of by its own number of
# targets. Caught by "all-zero-three-by-two": all-zero logits, T = 3, H = 2, V = 2, [0,1,1] (expected
# 1.3863, gets 0.6931).
class Solution:
    def mtpLoss(self, logits: List[List[List[float]]], tokens: List[int]) -> float:
        def lse(z):
            top = max(z)
            return top + log(sum(exp(x - top) for x in z))

        T, heads = len(tokens), len(logits[0])
        loss = 0.0
        for h in range(min(heads, T - 1)):
            losses = [lse(logits[t][h]) - logits[t][h][tokens[t + h + 1]] for t in range(T - h - 1)]
            loss += sum(losses) / T
        return loss
