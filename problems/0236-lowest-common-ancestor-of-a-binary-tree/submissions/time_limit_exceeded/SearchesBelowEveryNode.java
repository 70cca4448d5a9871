// Walks down from the root, at every node searching the whole left subtree for p and q to decide where to go:
// O(n * depth), about 10^9 steps on a path of 5 * 10^4 nodes.
class Solution {
    public TreeNode lowestCommonAncestor(TreeNode root, TreeNode p, TreeNode q) {
        TreeNode node = root;
        while (true) {
            if (node == p || node == q) {
                return node;
            }
            boolean pLeft = contains(node.left, p);
            boolean qLeft = contains(node.left, q);
            if (pLeft != qLeft) {
                return node;
            }
            node = pLeft ? node.left : node.right;
        }
    }

    private boolean contains(TreeNode root, TreeNode target) {
        java.util.ArrayDeque<TreeNode> stack = new java.util.ArrayDeque<>();
        if (root != null) {
            stack.push(root);
        }
        while (!stack.isEmpty()) {
            TreeNode node = stack.pop();
            if (node == target) {
                return true;
            }
            if (node.left != null) {
                stack.push(node.left);
            }
            if (node.right != null) {
                stack.push(node.right);
            }
        }
        return false;
    }
}
