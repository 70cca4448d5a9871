/**
 * Reference solution for 297. Serialize and Deserialize Binary Tree.
 *
 * Level order, as LeetCode writes trees: the values breadth first, "#" for a missing child, separated by
 * commas. Decoding reads the same queue back: the first token is the root, and each node taken from the
 * queue takes the next two tokens as its children. Both directions are iterative, so a path of 10^4 nodes
 * needs no deep recursion, and each is linear (one StringBuilder, one split).
 *
 * O(n) time and memory both ways.
 */
import java.util.ArrayDeque;

class Codec {
    public String serialize(TreeNode root) {
        StringBuilder out = new StringBuilder();
        ArrayDeque<TreeNode> queue = new ArrayDeque<>();
        if (root != null) {
            queue.add(root);
            out.append(root.val);
        }
        while (!queue.isEmpty()) {
            TreeNode node = queue.poll();
            for (TreeNode child : new TreeNode[] {node.left, node.right}) {
                out.append(',');
                if (child == null) {
                    out.append('#');
                } else {
                    out.append(child.val);
                    queue.add(child);
                }
            }
        }
        return out.toString();
    }

    public TreeNode deserialize(String data) {
        if (data.isEmpty()) {
            return null;
        }
        String[] tokens = data.split(",");
        TreeNode root = new TreeNode(Integer.parseInt(tokens[0]));
        ArrayDeque<TreeNode> queue = new ArrayDeque<>();
        queue.add(root);
        int next = 1;
        while (!queue.isEmpty()) {
            TreeNode node = queue.poll();
            TreeNode[] children = new TreeNode[2];
            for (int side = 0; side < 2; side++) {
                String token = tokens[next++];
                if (!token.equals("#")) {
                    children[side] = new TreeNode(Integer.parseInt(token));
                    queue.add(children[side]);
                }
            }
            node.left = children[0];
            node.right = children[1];
        }
        return root;
    }
}
