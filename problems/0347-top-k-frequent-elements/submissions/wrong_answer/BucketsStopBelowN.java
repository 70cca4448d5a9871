import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/*
 * Wrong answer: bucket sort by count whose read-out starts one bucket too low (count n - 1), as if no
 * value could occur n times. When every element is the same value it is in bucket n and never read: the
 * answer is [0] instead of that value ("n1-min-value", "one-value-repeated"); [0] also passes by luck
 * when the value is 0.
 */
class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int x : nums) {
            count.merge(x, 1, Integer::sum);
        }
        List<List<Integer>> bucket = new ArrayList<>();
        for (int c = 0; c <= nums.length; c++) {
            bucket.add(new ArrayList<>());
        }
        count.forEach((value, c) -> bucket.get(c).add(value));
        int[] answer = new int[k];
        int filled = 0;
        for (int c = nums.length - 1; c >= 1 && filled < k; c--) {
            for (int value : bucket.get(c)) {
                if (filled < k) {
                    answer[filled++] = value;
                }
            }
        }
        return answer;
    }
}
