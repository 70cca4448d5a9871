class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        def contains(node, target):
            stack = [node] if node else []
            while stack:
                n = stack.pop()
                if n is target:
                    return True
                stack.extend(c for c in (n.left, n.right) if c)
            return False

        node = root
        while True:
            if node is p or node is q:
                return node
            p_left, q_left = contains(node.left, p), contains(node.left, q)
            if p_left != q_left:
                return node
            node = node.left if p_left else node.right
