import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/*
 * Wrong answer: the reference's algorithm with a strict comparison (next start < block end), so intervals
 * that only touch, [1,4] and [4,5], stay apart although they share the number 4 (example 2).
 */
class Solution {
    public int[][] merge(int[][] intervals) {
        Arrays.sort(intervals, (a, b) -> a[0] - b[0]);
        List<int[]> merged = new ArrayList<>();
        int[] block = intervals[0].clone();
        for (int i = 1; i < intervals.length; i++) {
            if (intervals[i][0] < block[1]) {
                block[1] = Math.max(block[1], intervals[i][1]);
            } else {
                merged.add(block);
                block = intervals[i].clone();
            }
        }
        merged.add(block);
        return merged.toArray(new int[0][]);
    }
}
