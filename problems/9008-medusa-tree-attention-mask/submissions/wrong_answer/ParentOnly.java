import java.util.*;

/*
 * Wrong Answer: a node attends to the root, its parent and itself, not to every ancestor. Caught by
 * "one-deep-path": [[0,0,0]] (expected [[0],[0,1],[0,1,2],[0,1,2,3]], gets [[0],[0,1],[0,1,2],[0,2,3]]).
 */
class Solution {
    public List<List<Integer>> treeAttentionMask(int[][] paths) {
        TreeMap<List<Integer>, Integer> nodes = new TreeMap<>((a, b) -> {
            if (a.size() != b.size()) {
                return a.size() - b.size();
            }
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).equals(b.get(i))) {
                    return Integer.compare(a.get(i), b.get(i));
                }
            }
            return 0;
        });
        for (int[] p : paths) {
            List<Integer> pre = new ArrayList<>();
            for (int x : p) {
                pre.add(x);
                nodes.put(new ArrayList<>(pre), 0);
            }
        }
        int id = 1;
        for (Map.Entry<List<Integer>, Integer> e : nodes.entrySet()) {
            e.setValue(id++);
        }
        List<List<Integer>> out = new ArrayList<>();
        out.add(List.of(0));
        for (Map.Entry<List<Integer>, Integer> e : nodes.entrySet()) {
            List<Integer> k = e.getKey();
            List<Integer> row = new ArrayList<>(List.of(0));
            if (k.size() > 1) {
                row.add(nodes.get(k.subList(0, k.size() - 1)));
            }
            row.add(e.getValue());
            out.add(row);
        }
        return out;
    }
}
