/**
 * Reference solution for 11. Container With Most Water.
 *
 * Two pointers from both ends. The container [lo, hi] is limited by its shorter wall. Every other
 * container that keeps that shorter wall and lies inside [lo, hi] is narrower and no taller, so it holds
 * less: the shorter wall can be dropped for good. Moving it inwards, one wall per step, visits a container
 * of every width with the best candidates: O(n) time, O(1) space. The area fits an int (10^4 * 10^5).
 */
class Solution {
    public int maxArea(int[] height) {
        int lo = 0, hi = height.length - 1;
        int best = 0;
        while (lo < hi) {
            best = Math.max(best, (hi - lo) * Math.min(height[lo], height[hi]));
            if (height[lo] < height[hi]) {
                lo++;
            } else {
                hi--;
            }
        }
        return best;
    }
}
