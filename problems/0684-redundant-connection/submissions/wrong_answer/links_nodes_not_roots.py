class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        parent = list(range(len(edges) + 1))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for a, b in edges:
            if find(a) == find(b):
                return [a, b]
            # Bug: links the node a, not its root; a's earlier link is lost.
            parent[a] = b
        return []
