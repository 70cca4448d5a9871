import java.util.Arrays;

/*
 * Wrong answer: two pointers over a sorted copy of nums, which finds the right two VALUES but returns
 * their positions in the sorted copy, not in nums. Right whenever nums is already sorted (examples 1 and
 * 3), wrong otherwise: [3,2,4], target 6 returns [0,2] (3 + 4 = 7).
 */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        int lo = 0, hi = sorted.length - 1;
        while (lo < hi) {
            int sum = sorted[lo] + sorted[hi];
            if (sum == target) {
                return new int[] {lo, hi};
            } else if (sum < target) {
                lo++;
            } else {
                hi--;
            }
        }
        return new int[0];
    }
}
