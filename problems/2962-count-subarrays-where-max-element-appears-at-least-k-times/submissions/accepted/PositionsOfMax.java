import java.util.ArrayList;
import java.util.List;

/*
 * Accepted: the positions of the maximum, p[0] < p[1] < ... For a subarray ending at right, the k-th
 * copy of M counted back from right is p[j - k + 1], where p[j] is the last copy at or before right; any
 * start up to that position works, which is p[j - k + 1] + 1 starts. O(n) time, O(n) space.
 */
class Solution {
    public long countSubarrays(int[] nums, int k) {
        int max = 0;
        for (int x : nums) {
            max = Math.max(max, x);
        }
        List<Integer> positions = new ArrayList<>();
        long count = 0;
        for (int right = 0; right < nums.length; right++) {
            if (nums[right] == max) {
                positions.add(right);
            }
            int copies = positions.size();
            if (copies >= k) {
                count += positions.get(copies - k) + 1;
            }
        }
        return count;
    }
}
