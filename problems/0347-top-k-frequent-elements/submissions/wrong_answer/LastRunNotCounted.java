import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/*
 * Wrong answer: counts by sorting a copy and measuring runs of equal values, but records a run only when
 * the next value differs, and forgets the run that is still open when the loop ends. The largest value is
 * never counted: [1,2,3,3], k = 1 gives [2] instead of [3] ("most-frequent-is-largest-value"), and when
 * fewer runs than k were recorded the rest of the answer stays 0.
 */
class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        List<int[]> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[i - 1]) {
                runs.add(new int[] {sorted[i - 1], i - start});
                start = i;
            }
        }
        runs.sort((a, b) -> Integer.compare(b[1], a[1]));
        int[] answer = new int[k];
        for (int i = 0; i < k && i < runs.size(); i++) {
            answer[i] = runs.get(i)[0];
        }
        return answer;
    }
}
