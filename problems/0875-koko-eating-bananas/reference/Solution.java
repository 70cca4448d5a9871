/**
 * Reference solution for 875. Koko Eating Bananas.
 *
 * Binary search on the answer. hours(k) = sum of ceil(p / k) never grows when k grows, so the speeds that
 * finish in time form a range [answer, max(piles)] (the largest pile's size always works, since h >= n).
 * Search it for its first element. Each probe costs O(n), and there are O(log max) = 30 of them:
 * O(n log max) time, O(1) space. hours(k) is a long: at k = 1 it can reach 10^4 * 10^9.
 */
class Solution {
    public int minEatingSpeed(int[] piles, int h) {
        int lo = 1;
        int hi = 0;
        for (int p : piles) {
            hi = Math.max(hi, p);
        }
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (hours(piles, mid) <= h) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static long hours(int[] piles, int k) {
        long total = 0;
        for (int p : piles) {
            total += (p + (long) k - 1) / k;
        }
        return total;
    }
}
