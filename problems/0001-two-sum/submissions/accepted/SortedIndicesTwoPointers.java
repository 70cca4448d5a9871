import java.util.Arrays;

/*
 * Accepted, in another style: sort the POSITIONS by their values (the values themselves stay where they
 * are), then walk two pointers inward from both ends of that order: a sum too small moves the left
 * pointer up, too large moves the right one down. The answer is the two original positions, in
 * whichever order the walk meets them (the checker takes either). Sums are taken in long. O(n log n).
 */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        Integer[] order = new Integer[nums.length];
        for (int i = 0; i < nums.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(nums[a], nums[b]));
        int lo = 0, hi = nums.length - 1;
        while (lo < hi) {
            long sum = (long) nums[order[lo]] + nums[order[hi]];
            if (sum == target) {
                return new int[] {order[hi], order[lo]};
            } else if (sum < target) {
                lo++;
            } else {
                hi--;
            }
        }
        return new int[0];
    }
}
