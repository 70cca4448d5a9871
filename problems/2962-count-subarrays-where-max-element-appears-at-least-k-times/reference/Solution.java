/**
 * Reference solution for 2962. Count Subarrays Where Max Element Appears at Least K Times.
 *
 * Only the array's maximum M matters. Slide a window [left, right]: for each right end, move left forward
 * while the window still holds k copies of M. Afterwards every start before left gives a subarray ending
 * at right with at least k copies (the window [left - 1, right] had k, and starting earlier only adds),
 * and no start from left on does; so right contributes exactly left subarrays.
 *
 * O(n) time, O(1) space. The count reaches n(n + 1)/2 = 5 * 10^9 for n = 10^5: it is a long.
 */
class Solution {
    public long countSubarrays(int[] nums, int k) {
        int max = 0;
        for (int x : nums) {
            max = Math.max(max, x);
        }
        long count = 0;
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
