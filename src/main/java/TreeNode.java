/**
 * Binary tree node, declared exactly as LeetCode declares it for Java solutions, in the unnamed package
 * like the solution itself. LeetCode writes a tree in level order with {@code null} for a missing child and
 * trailing nulls trimmed: {@code [1,null,2,3]}.
 */
public class TreeNode {
    int val;
    TreeNode left;
    TreeNode right;

    TreeNode() {}

    TreeNode(int val) {
        this.val = val;
    }

    TreeNode(int val, TreeNode left, TreeNode right) {
        this.val = val;
        this.left = left;
        this.right = right;
    }
}
