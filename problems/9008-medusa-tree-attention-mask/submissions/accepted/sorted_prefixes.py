# Accepted: every distinct prefix as a tuple, sorted by length and then as integer sequences (tuples
# compare element by element as numbers); a node's row is the root and the ids of its prefixes.
class Solution:
    def treeAttentionMask(self, paths: List[List[int]]) -> List[List[int]]:
        prefixes = {tuple(p[:k]) for p in paths for k in range(1, len(p) + 1)}
        order = sorted(prefixes, key=lambda q: (len(q), q))
        node = {q: i for i, q in enumerate(order, 1)}
        return [[0]] + [[0] + [node[q[:k]] for k in range(1, len(q) + 1)] for q in order]
