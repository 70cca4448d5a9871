import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/*
 * Time limit exceeded: for every position i, copies nums into a list, sorts it and binary-searches it for
 * target - nums[i], then scans nums for the partner's position. Correct, but the boxed sort is repeated
 * for every position: O(n^2 log n), n sorts of 10^4 Integers when the pair is at the last two positions
 * ("max-unique-pair-at-last-two"), well over 5 s.
 */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        for (int i = 0; i < nums.length; i++) {
            List<Integer> sorted = new ArrayList<>();
            for (int x : nums) {
                sorted.add(x);
            }
            Collections.sort(sorted);
            int partner = target - nums[i];
            if (Collections.binarySearch(sorted, partner) >= 0) {
                for (int j = 0; j < nums.length; j++) {
                    if (j != i && nums[j] == partner) {
                        return new int[] {i, j};
                    }
                }
            }
        }
        return new int[0];
    }
}
