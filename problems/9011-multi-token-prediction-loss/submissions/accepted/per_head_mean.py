# Accepted: head h predicts tokens[t + h + 1] and has T - h - 1 targets; its loss is the mean of
# lse(logits[t][h]) - logits[t][h][target] over them (the log-sum-exp shifted by the row's maximum), and
# a head without targets adds 0.
class Solution:
    def mtpLoss(self, logits: List[List[List[float]]], tokens: List[int]) -> float:
        def lse(z):
            top = max(z)
            return top + log(sum(exp(x - top) for x in z))

        T, heads = len(tokens), len(logits[0])
        loss = 0.0
        for h in range(min(heads, T - 1)):
            losses = [lse(logits[t][h]) - logits[t][h][tokens[t + h + 1]] for t in range(T - h - 1)]
            loss += sum(losses) / len(losses)
        return loss
