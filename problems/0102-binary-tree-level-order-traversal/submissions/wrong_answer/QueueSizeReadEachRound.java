import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/*
 * Wrong answer: the classic slip of `for (int i = 0; i < queue.size(); i++)`. The queue changes size while
 * the loop runs, so a round may take nodes of the next level or leave some of its own for the next round:
 * a chain ([1,2]) passes, example 1 gives [[3,9],[20],[15,7]].
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
            List<Integer> level = new ArrayList<>();
            for (int i = 0; i < queue.size(); i++) {
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
