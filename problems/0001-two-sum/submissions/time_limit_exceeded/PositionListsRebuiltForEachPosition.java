import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/*
 * Time limit exceeded: the hash map idea, careful about duplicates (every value maps to the list of its
 * positions), but with the map built INSIDE the loop: for every position i it indexes the whole array
 * again before looking up target - nums[i]. Correct, but n map builds of n boxed entries and lists each:
 * O(n^2) hash operations and allocations, 10^8 of them when n = 10^4 and the pair is at the last two
 * positions ("max-unique-pair-at-last-two").
 */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        for (int i = 0; i < nums.length; i++) {
            Map<Integer, List<Integer>> positions = new HashMap<>();
            for (int j = 0; j < nums.length; j++) {
                positions.computeIfAbsent(nums[j], v -> new ArrayList<>()).add(j);
            }
            for (int j : positions.getOrDefault(target - nums[i], List.of())) {
                if (j != i) {
                    return new int[] {i, j};
                }
            }
        }
        return new int[0];
    }
}
