/**
 * Reference solution for 236. Lowest Common Ancestor of a Binary Tree.
 *
 * One post-order walk. The call for a subtree returns p or q if the subtree holds one of them, their lowest
 * common ancestor if it holds both, and null if it holds neither. A node whose left and right subtrees each
 * hold one of them is the answer; a node that is p (or q) is the answer when the other lies below it, and
 * otherwise it is the "one of them" its parent needs. The returned node is one of the tree's own nodes.
 *
 * The walk is iterative (an explicit stack), so a path of 10^5 nodes needs no deep recursion.
 *
 * O(n) time, O(n) extra memory for the stack in the worst case (a path).
 */
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

class Solution {
    public TreeNode lowestCommonAncestor(TreeNode root, TreeNode p, TreeNode q) {
        Map<TreeNode, TreeNode> found = new HashMap<>(); // what each finished subtree returns (absent: null)
        Deque<TreeNode> stack = new ArrayDeque<>();
        Deque<Boolean> expanded = new ArrayDeque<>();
        stack.push(root);
        expanded.push(false);
        while (!stack.isEmpty()) {
            TreeNode node = stack.pop();
            if (!expanded.pop()) {
                stack.push(node);
                expanded.push(true);
                for (TreeNode child : new TreeNode[] {node.left, node.right}) {
                    if (child != null) {
                        stack.push(child);
                        expanded.push(false);
                    }
                }
                continue;
            }
            TreeNode left = node.left == null ? null : found.remove(node.left);
            TreeNode right = node.right == null ? null : found.remove(node.right);
            TreeNode result;
            if (node == p || node == q || (left != null && right != null)) {
                result = node;
            } else {
                result = left != null ? left : right;
            }
            if (result != null) {
                found.put(node, result);
            }
        }
        return found.get(root);
    }
}
