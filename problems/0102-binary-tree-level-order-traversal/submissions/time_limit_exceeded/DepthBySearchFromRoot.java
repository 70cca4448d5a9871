import java.util.ArrayList;
import java.util.List;

/*
 * Time limit exceeded: for each depth d, go through all nodes in preorder and keep those whose depth is d,
 * finding each node's depth by searching for it from the root. Correct (preorder meets each depth's nodes
 * from left to right) but O(height * n * n): on a 2000-node chain, 2000 depths times 2000 nodes times a
 * search of 1000 steps on average, about 4 * 10^9 steps. Only such a pathological solution can time out
 * at LeetCode's 2000 nodes; the plain O(n * height) rewalk per level (accepted/WalkPerLevel) cannot.
 */
class Solution {
    private TreeNode root;

    public List<List<Integer>> levelOrder(TreeNode root) {
        this.root = root;
        List<TreeNode> nodes = new ArrayList<>();
        preorder(root, nodes);
        List<List<Integer>> levels = new ArrayList<>();
        for (int d = 0; ; d++) {
            List<Integer> level = new ArrayList<>();
            for (TreeNode node : nodes) {
                if (depthOf(root, node, 0) == d) {
                    level.add(node.val);
                }
            }
            if (level.isEmpty()) {
                return levels;
            }
            levels.add(level);
        }
    }

    private static void preorder(TreeNode node, List<TreeNode> out) {
        if (node != null) {
            out.add(node);
            preorder(node.left, out);
            preorder(node.right, out);
        }
    }

    /** The depth of target below node, or -1 if it is not there. */
    private static int depthOf(TreeNode node, TreeNode target, int depth) {
        if (node == null) {
            return -1;
        }
        if (node == target) {
            return depth;
        }
        int left = depthOf(node.left, target, depth + 1);
        return left >= 0 ? left : depthOf(node.right, target, depth + 1);
    }
}
