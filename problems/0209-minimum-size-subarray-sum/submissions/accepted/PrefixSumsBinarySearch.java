/*
 * Accepted: the follow-up's O(n log n) solution. prefix[i] is the sum of the first i elements; it is
 * strictly increasing because every element is positive. For each start i, a binary search finds the
 * first end j with prefix[j] - prefix[i] >= target, and j - i is the shortest length from that start.
 */
class Solution {
    public int minSubArrayLen(int target, int[] nums) {
        int n = nums.length;
        long[] prefix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + nums[i];
        }
        int best = 0;
        for (int i = 0; i < n; i++) {
            long need = prefix[i] + target;
            int lo = i + 1, hi = n + 1; // first j in [i + 1, n] with prefix[j] >= need, or n + 1
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (prefix[mid] >= need) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            if (lo <= n && (best == 0 || lo - i < best)) {
                best = lo - i;
            }
        }
        return best;
    }
}
