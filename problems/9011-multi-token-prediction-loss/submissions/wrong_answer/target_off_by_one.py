# Wrong Answer: head h predicts tokens[t + h] (the current token for the first head) instead of
# tokens[t + h + 1]. Caught by example 1 (expected 0.4586..., gets 3.4586...).
class Solution:
    def mtpLoss(self, logits: List[List[List[float]]], tokens: List[int]) -> float:
        def lse(z):
            top = max(z)
            return top + log(sum(exp(x - top) for x in z))

        T, heads = len(tokens), len(logits[0])
        loss = 0.0
        for h in range(min(heads, T - 1)):
            losses = [lse(logits[t][h]) - logits[t][h][tokens[t + h]] for t in range(T - h - 1)]
            loss += sum(losses) / len(losses)
        return loss
