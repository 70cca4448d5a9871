# Accepted: a trie of the paths, numbered breadth first with children in increasing order, which is
# Medusa's order (by length, then lexicographically); each node's row is its parent's row plus itself.
class Solution:
    def treeAttentionMask(self, paths: List[List[int]]) -> List[List[int]]:
        root = {}
        for p in paths:
            at = root
            for x in p:
                at = at.setdefault(x, {})
        out = [[0]]
        queue = deque([(root, [0])])
        while queue:
            children, row = queue.popleft()
            for x in sorted(children):
                mine = row + [len(out)]
                out.append(mine)
                queue.append((children[x], mine))
        return out
