# Wrong Answer: a node attends to the root, its parent and itself, not to every ancestor. Caught by
# "one-deep-path": [[0,0,0]] (expected [[0],[0,1],[0,1,2],[0,1,2,3]], gets [[0],[0,1],[0,1,2],[0,2,3]]).
class Solution:
    def treeAttentionMask(self, paths: List[List[int]]) -> List[List[int]]:
        prefixes = {tuple(p[:k]) for p in paths for k in range(1, len(p) + 1)}
        order = sorted(prefixes, key=lambda q: (len(q), q))
        node = {q: i for i, q in enumerate(order, 1)}
        out = [[0]]
        for q in order:
            out.append([0] + ([node[q[:-1]]] if len(q) > 1 else []) + [node[q]])
        return out
