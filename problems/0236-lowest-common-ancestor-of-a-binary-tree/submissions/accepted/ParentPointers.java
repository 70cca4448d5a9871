import java.util.*;

// Parent of every node by a breadth-first walk; then p's ancestors in a set, and q climbs until it meets one.
class Solution {
    public TreeNode lowestCommonAncestor(TreeNode root, TreeNode p, TreeNode q) {
        Map<TreeNode, TreeNode> parent = new HashMap<>();
        Deque<TreeNode> queue = new ArrayDeque<>();
        parent.put(root, null);
        queue.add(root);
        while (!queue.isEmpty()) {
            TreeNode node = queue.poll();
            if (node.left != null) {
                parent.put(node.left, node);
                queue.add(node.left);
            }
            if (node.right != null) {
                parent.put(node.right, node);
                queue.add(node.right);
            }
        }
        Set<TreeNode> ancestors = new HashSet<>();
        for (TreeNode a = p; a != null; a = parent.get(a)) {
            ancestors.add(a);
        }
        TreeNode b = q;
        while (!ancestors.contains(b)) {
            b = parent.get(b);
        }
        return b;
    }
}
