/*
 * Wrong answer: the reference's algorithm with the count in an int. Right on every input whose answer
 * fits in 32 bits, and so on all small ones; it overflows when the answer passes 2^31 - 1, which takes
 * n of about 65,000 or more with many copies of the maximum ("max-all-equal-k-1": 5,000,050,000).
 * Random inputs of the property phase are far too small to find it: only the big hidden tests do.
 */
class Solution {
    public long countSubarrays(int[] nums, int k) {
        int max = 0;
        for (int x : nums) {
            max = Math.max(max, x);
        }
        int count = 0;
        int inWindow = 0;
        int left = 0;
        for (int right = 0; right < nums.length; right++) {
            if (nums[right] == max) {
                inWindow++;
            }
            while (inWindow >= k) {
                if (nums[left] == max) {
                    inWindow--;
                }
                left++;
            }
            count += left;
        }
        return count;
    }
}
