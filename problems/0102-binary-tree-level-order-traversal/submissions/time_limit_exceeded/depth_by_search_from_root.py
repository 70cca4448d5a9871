class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # For every depth, walks the whole tree again for the nodes at that depth, finding each node's depth
        # by a fresh search from the root: O(n^2) per level.
        nodes = []
        stack = [root] if root else []
        while stack:
            node = stack.pop()
            nodes.append(node)
            stack.extend(child for child in (node.right, node.left) if child)

        def depth(target):
            frontier, d = [root], 0
            while frontier:
                if any(node is target for node in frontier):
                    return d
                frontier = [child for node in frontier for child in (node.left, node.right) if child]
                d += 1
            return -1

        depths = [depth(node) for node in nodes]
        levels = []
        d = 0
        while d in depths:
            order = []
            frontier = [root]
            while frontier:
                order.extend(frontier)
                frontier = [child for node in frontier for child in (node.left, node.right) if child]
            levels.append([node.val for node in order if depths[nodes.index(node)] == d])
            d += 1
        return levels
