import java.util.ArrayList;
import java.util.List;

/*
 * Accepted: a preorder walk meets the nodes of each depth from left to right, so appending each node to the
 * list of its depth gives the levels in order. Recursion 2000 deep on a chain is fine.
 */
class Solution {
    public List<List<Integer>> levelOrder(TreeNode root) {
        List<List<Integer>> levels = new ArrayList<>();
        walk(root, 0, levels);
        return levels;
    }

    private void walk(TreeNode node, int depth, List<List<Integer>> levels) {
        if (node == null) {
            return;
        }
        if (depth == levels.size()) {
            levels.add(new ArrayList<>());
        }
        levels.get(depth).add(node.val);
        walk(node.left, depth + 1, levels);
        walk(node.right, depth + 1, levels);
    }
}
