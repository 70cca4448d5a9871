# Wrong Answer: makes nodes only for the listed paths, not for the prefixes they imply. Caught by
# "implied-prefix": [[0,1]] (expected [[0],[0,1],[0,1,2]], gets [[0],[0,1]]).
class Solution:
    def treeAttentionMask(self, paths: List[List[int]]) -> List[List[int]]:
        order = sorted({tuple(p) for p in paths}, key=lambda q: (len(q), q))
        node = {q: i for i, q in enumerate(order, 1)}
        return [[0]] + [[0] + [node[q[:k]] for k in range(1, len(q) + 1) if q[:k] in node] for q in order]
