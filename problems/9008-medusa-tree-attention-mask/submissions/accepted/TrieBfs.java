import java.util.*;

/*
 * Accepted: a trie with TreeMap children; a breadth-first walk visits nodes by depth, and within a depth
 * in lexicographic order (children in key order, parents already in order), which is Medusa's numbering.
 */
class Solution {
    static final class Node {
        final TreeMap<Integer, Node> children = new TreeMap<>();
        Node parent;
        int id;
    }

    public List<List<Integer>> treeAttentionMask(int[][] paths) {
        Node root = new Node();
        for (int[] p : paths) {
            Node at = root;
            for (int x : p) {
                Node child = at.children.get(x);
                if (child == null) {
                    child = new Node();
                    child.parent = at;
                    at.children.put(x, child);
                }
                at = child;
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        ArrayDeque<Node> queue = new ArrayDeque<>(List.of(root));
        int next = 0;
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            n.id = next++;
            LinkedList<Integer> row = new LinkedList<>();
            for (Node a = n; a != null; a = a.parent) {
                row.addFirst(a.id);
            }
            out.add(new ArrayList<>(row));
            queue.addAll(n.children.values());
        }
        return out;
    }
}
