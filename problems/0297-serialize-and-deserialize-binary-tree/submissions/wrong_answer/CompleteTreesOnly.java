import java.util.*;

// Writes the values in level order without any marker for a missing child, and reads them back as a complete
// tree (node i's children at 2i + 1 and 2i + 2): right for complete trees only.
class Codec {
    public String serialize(TreeNode root) {
        StringBuilder out = new StringBuilder();
        ArrayDeque<TreeNode> queue = new ArrayDeque<>();
        if (root != null) {
            queue.add(root);
        }
        while (!queue.isEmpty()) {
            TreeNode node = queue.poll();
            out.append(node.val).append(',');
            if (node.left != null) {
                queue.add(node.left);
            }
            if (node.right != null) {
                queue.add(node.right);
            }
        }
        return out.toString();
    }

    public TreeNode deserialize(String data) {
        if (data.isEmpty()) {
            return null;
        }
        String[] tokens = data.split(",");
        TreeNode[] nodes = new TreeNode[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            nodes[i] = new TreeNode(Integer.parseInt(tokens[i]));
            if (i > 0) {
                if (i % 2 == 1) {
                    nodes[(i - 1) / 2].left = nodes[i];
                } else {
                    nodes[(i - 1) / 2].right = nodes[i];
                }
            }
        }
        return nodes[0];
    }
}
