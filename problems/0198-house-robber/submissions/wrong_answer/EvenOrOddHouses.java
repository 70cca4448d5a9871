/*
 * Wrong answer: robs either every even-numbered house or every odd-numbered one, whichever pays more. That
 * never skips two houses in a row, which can pay: example 3 ([2,1,1,2]) answers 3 instead of 4.
 */
class Solution {
    public int rob(int[] nums) {
        int even = 0, odd = 0;
        for (int i = 0; i < nums.length; i++) {
            if (i % 2 == 0) {
                even += nums[i];
            } else {
                odd += nums[i];
            }
        }
        return Math.max(even, odd);
    }
}
