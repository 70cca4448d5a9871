import java.util.ArrayList;
import java.util.List;

/*
 * Wrong answer: groups nodes by depth right, but fills each level in an order of its own: it visits the
 * right subtree first, then the node, then the left. Every level but the root's comes out reversed, so
 * trees with one node per level pass.
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
        while (levels.size() <= depth) {
            levels.add(new ArrayList<>());
        }
        walk(node.right, depth + 1, levels);
        levels.get(depth).add(node.val);
        walk(node.left, depth + 1, levels);
    }
}
