import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/*
 * Time limit exceeded: k rounds of "count what is left, take the most frequent value, remove all its
 * copies". Correct, but every round counts the remaining elements again: O(k * n). With all 20001 values
 * present and k = 20001 ("max-every-value-k-is-20001") that is about 10^9 map updates.
 */
class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        List<Integer> left = new ArrayList<>();
        for (int x : nums) {
            left.add(x);
        }
        int[] answer = new int[k];
        for (int round = 0; round < k; round++) {
            Map<Integer, Integer> count = new HashMap<>();
            int mode = 0, best = 0;
            for (int x : left) {
                int c = count.merge(x, 1, Integer::sum);
                if (c > best) {
                    best = c;
                    mode = x;
                }
            }
            answer[round] = mode;
            final int taken = mode;
            left.removeIf(x -> x == taken);
        }
        return answer;
    }
}
