import java.util.Arrays;

/*
 * Wrong answer: a greedy that forgets a subarray must be contiguous. It sorts the elements and takes the
 * largest ones until they reach the target. The count is a lower bound, and right only when the largest
 * elements happen to sit together: for target = 10, nums = [5,1,1,1,5] it answers 2 instead of 5.
 */
class Solution {
    public int minSubArrayLen(int target, int[] nums) {
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        long sum = 0;
        for (int k = 1; k <= sorted.length; k++) {
            sum += sorted[sorted.length - k];
            if (sum >= target) {
                return k;
            }
        }
        return 0;
    }
}
