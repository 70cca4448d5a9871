// Pre-order values only, read back by inserting them into a binary search tree: right when the tree is one.
class Codec {
    public String serialize(TreeNode root) {
        StringBuilder out = new StringBuilder();
        java.util.ArrayDeque<TreeNode> stack = new java.util.ArrayDeque<>();
        if (root != null) {
            stack.push(root);
        }
        while (!stack.isEmpty()) {
            TreeNode node = stack.pop();
            out.append(node.val).append(' ');
            if (node.right != null) {
                stack.push(node.right);
            }
            if (node.left != null) {
                stack.push(node.left);
            }
        }
        return out.toString().trim();
    }

    public TreeNode deserialize(String data) {
        TreeNode root = null;
        for (String token : data.isEmpty() ? new String[0] : data.split(" ")) {
            TreeNode node = new TreeNode(Integer.parseInt(token));
            if (root == null) {
                root = node;
                continue;
            }
            TreeNode at = root;
            while (true) {
                if (node.val < at.val) {
                    if (at.left == null) {
                        at.left = node;
                        break;
                    }
                    at = at.left;
                } else {
                    if (at.right == null) {
                        at.right = node;
                        break;
                    }
                    at = at.right;
                }
            }
        }
        return root;
    }
}
