import java.util.*;

/*
 * Wrong Answer: makes nodes only for the listed paths, not for the prefixes they imply. Caught by
 * "implied-prefix": [[0,1]] (expected [[0],[0,1],[0,1,2]], gets [[0],[0,1]]).
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
            List<Integer> k = new ArrayList<>();
            for (int x : p) {
                k.add(x);
            }
            nodes.put(k, 0);
        }
        int id = 1;
        for (Map.Entry<List<Integer>, Integer> e : nodes.entrySet()) {
            e.setValue(id++);
        }
        List<List<Integer>> out = new ArrayList<>();
        out.add(List.of(0));
        for (List<Integer> k : nodes.keySet()) {
            List<Integer> row = new ArrayList<>(List.of(0));
            for (int len = 1; len <= k.size(); len++) {
                Integer a = nodes.get(k.subList(0, len));
                if (a != null) {
                    row.add(a);
                }
            }
            out.add(row);
        }
        return out;
    }
}
