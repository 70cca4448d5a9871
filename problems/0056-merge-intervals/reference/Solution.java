import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reference solution for 56. Merge Intervals.
 *
 * Sort the intervals by start. Then an interval overlaps the merged block built so far exactly when it
 * starts no later than the block ends (starts are sorted, so it cannot start before the block does);
 * the block then ends at the larger of the two ends, since the new interval may lie wholly inside it.
 * Otherwise the block is finished and the interval opens the next one. Touching intervals ([1,4] and
 * [4,5]) share their end point and merge, hence {@code <=}.
 *
 * O(n log n) time for the sort, O(n) for the answer. The blocks come out sorted by start.
 */
class Solution {
    public int[][] merge(int[][] intervals) {
        int[][] sorted = intervals.clone();
        Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        int[] block = {sorted[0][0], sorted[0][1]};
        for (int i = 1; i < sorted.length; i++) {
            int[] next = sorted[i];
            if (next[0] <= block[1]) {
                block[1] = Math.max(block[1], next[1]);
            } else {
                merged.add(block);
                block = new int[] {next[0], next[1]};
            }
        }
        merged.add(block);
        return merged.toArray(new int[0][]);
    }
}
