import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/*
 * Wrong answer: when an interval overlaps the open block, the block takes that interval's end instead of
 * the larger of the two ends. Right as long as no interval lies inside an earlier one; [[1,10],[2,3]]
 * gives [[1,3]] ("inside-another"), losing 4 to 10.
 */
class Solution {
    public int[][] merge(int[][] intervals) {
        Arrays.sort(intervals, (a, b) -> a[0] - b[0]);
        List<int[]> merged = new ArrayList<>();
        for (int[] iv : intervals) {
            if (!merged.isEmpty() && iv[0] <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = iv[1];
            } else {
                merged.add(new int[] {iv[0], iv[1]});
            }
        }
        return merged.toArray(new int[0][]);
    }
}
