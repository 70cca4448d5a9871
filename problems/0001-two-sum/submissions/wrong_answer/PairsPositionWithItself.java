import java.util.HashMap;
import java.util.Map;

/*
 * Wrong answer: two passes like an accepted solution, but the second pass forgets that the partner must be
 * at ANOTHER position. When a value is half of target and occurs once, before the real pair, it finds
 * itself: nums = [4,1,7,9], target = 8 returns [0,0] ("half-of-target-once-before-pair").
 */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> last = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            last.put(nums[i], i);
        }
        for (int i = 0; i < nums.length; i++) {
            Integer j = last.get(target - nums[i]);
            if (j != null) {
                return new int[] {i, j};
            }
        }
        return new int[0];
    }
}
