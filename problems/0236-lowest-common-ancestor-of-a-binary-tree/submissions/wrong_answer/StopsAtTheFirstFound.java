// Returns the first of p and q met in pre-order, as if it were always the ancestor of the other.
class Solution {
    public TreeNode lowestCommonAncestor(TreeNode root, TreeNode p, TreeNode q) {
        if (root == null || root == p || root == q) {
            return root;
        }
        TreeNode left = lowestCommonAncestor(root.left, p, q);
        return left != null ? left : lowestCommonAncestor(root.right, p, q);
    }
}
