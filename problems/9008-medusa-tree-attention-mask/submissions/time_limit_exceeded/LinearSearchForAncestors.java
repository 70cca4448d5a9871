import java.util.*;

/*
 * Time Limit Exceeded: Medusa's own generate_medusa_buffers style: dedupe with list.contains and find
 * each ancestor with sortedChoices.indexOf(prefix): O(P^2 L^2). Caught by "max-distinct-paths" (4000
 * paths of length 8, about 28000 prefixes).
 */
class Solution {
    public List<List<Integer>> treeAttentionMask(int[][] paths) {
        List<List<Integer>> choices = new ArrayList<>();
        for (int[] p : paths) {
            List<Integer> pre = new ArrayList<>();
            for (int x : p) {
                pre.add(x);
                if (!choices.contains(pre)) {
                    choices.add(new ArrayList<>(pre));
                }
            }
        }
        choices.sort((a, b) -> {
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
        List<List<Integer>> out = new ArrayList<>();
        out.add(List.of(0));
        for (List<Integer> c : choices) {
            List<Integer> row = new ArrayList<>(List.of(0));
            for (int len = 1; len <= c.size(); len++) {
                row.add(choices.indexOf(c.subList(0, len)) + 1);
            }
            out.add(row);
        }
        return out;
    }
}
