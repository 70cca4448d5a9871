/*
 * Wrong answer: the width counted as the number of walls, j - i + 1, instead of the distance j - i: every
 * answer but 0 is too large (example 2, [1,1], answers 2 instead of 1).
 */
class Solution {
    public int maxArea(int[] height) {
        int lo = 0, hi = height.length - 1;
        int best = 0;
        while (lo < hi) {
            best = Math.max(best, (hi - lo + 1) * Math.min(height[lo], height[hi]));
            if (height[lo] < height[hi]) {
                lo++;
            } else {
                hi--;
            }
        }
        return best;
    }
}
