/*
 * Wrong answer: the closed-interval binary search (lo <= hi) that returns the wrong end. When the loop
 * ends, lo is the first speed that finishes and hi = lo - 1 the last that does not; returning hi is one too
 * slow on every test (example 1: 3 instead of 4), and 0 when the answer is 1.
 */
class Solution {
    public int minEatingSpeed(int[] piles, int h) {
        int lo = 1, hi = 1_000_000_000;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            long hours = 0;
            for (int p : piles) {
                hours += (p + (long) mid - 1) / mid;
            }
            if (hours <= h) {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return hi;
    }
}
