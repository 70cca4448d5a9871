import java.util.HashMap;
import java.util.Map;

/*
 * Wrong answer: the prefix-sum map starts empty instead of holding the empty prefix (sum 0, once), so the
 * subarrays that start at index 0 are never counted: [1,2,3] with k = 6 ("match-from-index-zero")
 * answers 0 instead of 1; example 2 answers 1 instead of 2.
 */
class Solution {
    public int subarraySum(int[] nums, int k) {
        Map<Integer, Integer> seen = new HashMap<>();
        int prefix = 0;
        int count = 0;
        for (int x : nums) {
            prefix += x;
            count += seen.getOrDefault(prefix - k, 0);
            seen.merge(prefix, 1, Integer::sum);
        }
        return count;
    }
}
