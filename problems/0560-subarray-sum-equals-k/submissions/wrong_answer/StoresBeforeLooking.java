import java.util.HashMap;
import java.util.Map;

/*
 * Wrong answer: records the current prefix sum before looking up prefix - k. When k = 0 the lookup then
 * finds the prefix just stored, counting an empty subarray at every position: [1,2,3] with k = 0
 * ("k-zero-no-zero-sum") answers 3 instead of 0. For k != 0 it is right.
 */
class Solution {
    public int subarraySum(int[] nums, int k) {
        Map<Integer, Integer> seen = new HashMap<>();
        seen.put(0, 1);
        int prefix = 0;
        int count = 0;
        for (int x : nums) {
            prefix += x;
            seen.merge(prefix, 1, Integer::sum);
            count += seen.getOrDefault(prefix - k, 0);
        }
        return count;
    }
}
