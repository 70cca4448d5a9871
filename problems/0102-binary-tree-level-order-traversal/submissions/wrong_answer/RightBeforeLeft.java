import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/*
 * Wrong answer: breadth-first, but enqueues the right child before the left, so every level comes out
 * right to left ([[3],[20,9],[7,15]] for example 1). Chains and single nodes per level still pass.
 */
class Solution {
    public List<List<Integer>> levelOrder(TreeNode root) {
        List<List<Integer>> levels = new ArrayList<>();
        if (root == null) {
            return levels;
        }
        ArrayDeque<TreeNode> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            int size = queue.size();
            List<Integer> level = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                TreeNode node = queue.poll();
                level.add(node.val);
                if (node.right != null) {
                    queue.add(node.right);
                }
                if (node.left != null) {
                    queue.add(node.left);
                }
            }
            levels.add(level);
        }
        return levels;
    }
}
