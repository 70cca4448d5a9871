import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/*
 * Wrong answer: sorts by END and merges as if sorted by start. A block keeps the start of its first
 * interval, which need not be the smallest: [[5,6],[1,7]] sorts to itself and gives [[5,7]]
 * ("sorted-by-end-wrong-start"); and an interval that starts before the block ends but sorts later by
 * end can be missed altogether.
 */
class Solution {
    public int[][] merge(int[][] intervals) {
        Arrays.sort(intervals, (a, b) -> Integer.compare(a[1], b[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] iv : intervals) {
            if (!merged.isEmpty() && iv[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], iv[1]);
            } else {
                merged.add(new int[] {iv[0], iv[1]});
            }
        }
        return merged.toArray(new int[0][]);
    }
}
