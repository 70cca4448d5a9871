/*
 * Accepted: binary search with tighter bounds. No speed below ceil(total / h) can finish (each hour eats at
 * most k bananas), and max(piles) always finishes (h >= n). The search is the half-open [lo, hi) form,
 * and the hours stop being counted as soon as they pass h.
 */
class Solution {
    public int minEatingSpeed(int[] piles, int h) {
        long total = 0;
        int max = 0;
        for (int p : piles) {
            total += p;
            max = Math.max(max, p);
        }
        int lo = (int) Math.max(1, (total + h - 1) / h);
        int hi = max + 1;
        while (lo < hi) {
            int mid = (int) (((long) lo + hi) >>> 1);
            if (finishes(piles, mid, h)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static boolean finishes(int[] piles, int k, int h) {
        long hours = 0;
        for (int p : piles) {
            hours += (p - 1) / k + 1;
            if (hours > h) {
                return false;
            }
        }
        return true;
    }
}
