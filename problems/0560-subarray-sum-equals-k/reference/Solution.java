import java.util.HashMap;
import java.util.Map;

/**
 * Reference solution for 560. Subarray Sum Equals K.
 *
 * Prefix sums and a hash map. With prefix(j) the sum of the first j elements, the subarray (i, j] adds up
 * to k exactly when prefix(i) = prefix(j) - k. Walking j from left to right, a map counts how often each
 * prefix sum occurred so far (the empty prefix, 0, once before any element), so the subarrays ending at j
 * are counted in one lookup. O(n) expected time, O(n) space. Prefix sums stay within 2 * 10^7 and the count
 * within n(n + 1) / 2 = 2.0001 * 10^8: both fit an int.
 */
class Solution {
    public int subarraySum(int[] nums, int k) {
        Map<Integer, Integer> seen = new HashMap<>();
        seen.put(0, 1);
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
