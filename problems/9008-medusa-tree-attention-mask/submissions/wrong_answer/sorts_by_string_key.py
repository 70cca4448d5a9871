# Wrong Answer: orders the prefixes of one length by their text, str([10]) < str([2]), instead of as
# integer sequences. Caught by "two-digit-index": [[2,0],[10]] (expected [[0],[0,1],[0,2],[0,1,3]], gets
# [[0],[0,1],[0,2],[0,2,3]]).
class Solution:
    def treeAttentionMask(self, paths: List[List[int]]) -> List[List[int]]:
        prefixes = {tuple(p[:k]) for p in paths for k in range(1, len(p) + 1)}
        order = sorted(prefixes, key=lambda q: (len(q), str(list(q))))
        node = {q: i for i, q in enumerate(order, 1)}
        return [[0]] + [[0] + [node[q[:k]] for k in range(1, len(q) + 1)] for q in order]
