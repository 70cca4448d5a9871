import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/*
 * Accepted, in another style: sort the starts and the ends separately. After sorting, a block can close
 * after the i-th end exactly when the next start lies beyond it: starts[i + 1] > ends[i]. Pairing the
 * i-th start with the i-th end no longer matches the input's intervals, but the blocks are the same:
 * at every point the number of intervals that have begun minus those that have ended is what decides
 * whether a block is open. O(n log n).
 */
class Solution {
    public int[][] merge(int[][] intervals) {
        int n = intervals.length;
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = intervals[i][0];
            ends[i] = intervals[i][1];
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        List<int[]> out = new ArrayList<>();
        int open = 0;
        for (int i = 0; i < n; i++) {
            if (i == n - 1 || starts[i + 1] > ends[i]) {
                out.add(new int[] {starts[open], ends[i]});
                open = i + 1;
            }
        }
        return out.toArray(new int[out.size()][]);
    }
}
