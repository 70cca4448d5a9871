import java.util.*;

/*
 * Collects every distinct non-empty prefix of every path in a TreeMap ordered as Medusa orders its
 * candidates (by length, then lexicographically as integer sequences), numbers them 1..m in that order,
 * and gives each node the root, the numbers of its proper prefixes and itself. Since prefixes are shorter,
 * they come earlier, so each list is ascending as built. O(P L^2 log P) for P paths of length L.
 */
class Solution {
    public List<List<Integer>> treeAttentionMask(int[][] paths) {
        Comparator<List<Integer>> order = (a, b) -> {
            if (a.size() != b.size()) {
                return Integer.compare(a.size(), b.size());
            }
            for (int i = 0; i < a.size(); i++) {
                int c = Integer.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        TreeMap<List<Integer>, Integer> nodes = new TreeMap<>(order);
        for (int[] path : paths) {
            List<Integer> prefix = new ArrayList<>();
            for (int x : path) {
                prefix.add(x);
                nodes.putIfAbsent(new ArrayList<>(prefix), 0);
            }
        }
        int next = 1;
        for (Map.Entry<List<Integer>, Integer> e : nodes.entrySet()) {
            e.setValue(next++);
        }
        List<List<Integer>> mask = new ArrayList<>();
        mask.add(List.of(0));
        for (List<Integer> node : nodes.keySet()) {
            List<Integer> row = new ArrayList<>();
            row.add(0);
            for (int len = 1; len <= node.size(); len++) {
                row.add(nodes.get(node.subList(0, len)));
            }
            mask.add(row);
        }
        return mask;
    }
}
