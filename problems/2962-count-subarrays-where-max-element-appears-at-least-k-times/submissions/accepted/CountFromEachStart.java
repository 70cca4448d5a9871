/*
 * Accepted: the mirror image of the reference. For each start, move the end forward until the window holds
 * k copies of M; every end from there to the last index works, so the start contributes n - end. The end
 * never moves back, so this is O(n) in all.
 */
class Solution {
    public long countSubarrays(int[] nums, int k) {
        int n = nums.length;
        int max = 0;
        for (int x : nums) {
            max = Math.max(max, x);
        }
        long count = 0;
        int end = 0;
        int copies = 0;
        for (int start = 0; start < n; start++) {
            while (end < n && copies < k) {
                if (nums[end] == max) {
                    copies++;
                }
                end++;
            }
            if (copies < k) {
                break;
            }
            count += n - end + 1;
            if (nums[start] == max) {
                copies--;
            }
        }
        return count;
    }
}
