import java.util.HashMap;
import java.util.Map;

/*
 * Accepted: two passes. The first maps every value to the LAST position holding it; the second looks up
 * each position's partner and skips a partner at the same position. With a value that is half of target
 * and occurs twice, the first copy finds the second, so duplicates are handled. O(n).
 */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> last = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            last.put(nums[i], i);
        }
        for (int i = 0; i < nums.length; i++) {
            Integer j = last.get(target - nums[i]);
            if (j != null && j != i) {
                return new int[] {i, j};
            }
        }
        return new int[0];
    }
}
