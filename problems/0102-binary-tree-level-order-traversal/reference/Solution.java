import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Reference solution for 102. Binary Tree Level Order Traversal.
 *
 * Breadth-first search, one level at a time: the queue holds exactly the current level when a round
 * starts, so its size, taken before the round, is how many nodes to take out; their children, left before
 * right, make up the next level in left-to-right order.
 *
 * O(n) time, O(width) extra memory; no recursion, so a 2000-deep chain costs nothing special.
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
            List<Integer> level = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                TreeNode node = queue.poll();
                level.add(node.val);
                if (node.left != null) {
                    queue.add(node.left);
                }
                if (node.right != null) {
                    queue.add(node.right);
                }
            }
            levels.add(level);
        }
        return levels;
    }
}
