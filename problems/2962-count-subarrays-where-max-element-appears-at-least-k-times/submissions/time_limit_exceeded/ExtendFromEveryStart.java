/*
 * Time limit exceeded: right, but O(n^2) when the maximum is rare. From every start it walks the end
 * forward until it has seen k copies of the maximum, then counts the n - end ends that remain, starting
 * afresh for the next start. When the array holds fewer than k copies, every start walks to the end of
 * the array: n^2 / 2 = 5 * 10^9 steps for n = 10^5 ("max-max-rare-k-max").
 */
class Solution {
    public long countSubarrays(int[] nums, int k) {
        int n = nums.length;
        int max = 0;
        for (int x : nums) {
            max = Math.max(max, x);
        }
        long count = 0;
        for (int start = 0; start < n; start++) {
            int copies = 0;
            for (int end = start; end < n; end++) {
                if (nums[end] == max && ++copies == k) {
                    count += n - end;
                    break;
                }
            }
        }
        return count;
    }
}
