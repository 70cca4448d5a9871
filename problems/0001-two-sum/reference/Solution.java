import java.util.HashMap;
import java.util.Map;

/**
 * Reference solution for 1. Two Sum.
 *
 * One pass with a hash map from value to the position where it was seen. At position j the partner
 * nums[i] = target - nums[j] must sit at an earlier position i < j if the pair is (i, j), so looking
 * it up before storing nums[j] finds every pair exactly when its second element is reached, and never
 * pairs a position with itself. The difference target - nums[j] lies in [-2·10^9, 2·10^9]: it is
 * computed in long so that it cannot wrap around, although with these bounds an int would still hold it.
 *
 * O(n) time, O(n) extra space. Returns the pair whose second position is smallest, [i, j] with i < j.
 */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Long, Integer> seenAt = new HashMap<>();
        for (int j = 0; j < nums.length; j++) {
            Integer i = seenAt.get((long) target - nums[j]);
            if (i != null) {
                return new int[] {i, j};
            }
            seenAt.put((long) nums[j], j);
        }
        throw new IllegalArgumentException("no two positions add up to " + target);
    }
}
