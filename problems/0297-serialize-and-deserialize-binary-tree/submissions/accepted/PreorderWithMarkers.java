// Pre-order with a marker for every missing child, read back recursively: a common answer on LeetCode.
class Codec {
    public String serialize(TreeNode root) {
        StringBuilder out = new StringBuilder();
        write(root, out);
        return out.toString();
    }

    private void write(TreeNode node, StringBuilder out) {
        if (node == null) {
            out.append("X ");
            return;
        }
        out.append(node.val).append(' ');
        write(node.left, out);
        write(node.right, out);
    }

    private String[] tokens;
    private int next;

    public TreeNode deserialize(String data) {
        tokens = data.trim().split(" ");
        next = 0;
        return read();
    }

    private TreeNode read() {
        String token = tokens[next++];
        if (token.equals("X")) {
            return null;
        }
        TreeNode node = new TreeNode(Integer.parseInt(token));
        node.left = read();
        node.right = read();
        return node;
    }
}
