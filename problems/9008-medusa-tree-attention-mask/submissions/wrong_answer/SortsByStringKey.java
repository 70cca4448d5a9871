import java.util.*;

/*
 * Wrong Answer: orders prefixes of equal length by their text, Arrays.toString, so [10] comes before [2].
 * Caught by "two-digit-index": [[2,0],[10]] (expected [[0],[0,1],[0,2],[0,1,3]], gets
 * [[0],[0,1],[0,2],[0,2,3]]).
 */
class Solution {
    public List<List<Integer>> treeAttentionMask(int[][] paths) {
        // The key: the length (one digit, 1..8) and then the text, so equal lengths compare as text.
        TreeMap<String, int[]> byText = new TreeMap<>();
        for (int[] p : paths) {
            for (int len = 1; len <= p.length; len++) {
                int[] pre = Arrays.copyOf(p, len);
                byText.put(len + Arrays.toString(pre), pre);
            }
        }
        Map<String, Integer> id = new HashMap<>();
        int next = 1;
        for (String k : byText.keySet()) {
            id.put(k, next++);
        }
        List<List<Integer>> out = new ArrayList<>();
        out.add(List.of(0));
        for (int[] pre : byText.values()) {
            List<Integer> row = new ArrayList<>(List.of(0));
            for (int len = 1; len <= pre.length; len++) {
                row.add(id.get(len + Arrays.toString(Arrays.copyOf(pre, len))));
            }
            out.add(row);
        }
        return out;
    }
}
