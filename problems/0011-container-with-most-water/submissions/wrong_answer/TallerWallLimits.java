/*
 * Wrong answer: the water level taken as the taller wall (max instead of min), as if water could stand
 * above the shorter wall: [1,1000,1] ("taller-wall-not-the-limit") answers 1000 instead of 2; example 1
 * answers 64 instead of 49.
 */
class Solution {
    public int maxArea(int[] height) {
        int lo = 0, hi = height.length - 1;
        int best = 0;
        while (lo < hi) {
            best = Math.max(best, (hi - lo) * Math.max(height[lo], height[hi]));
            if (height[lo] < height[hi]) {
                lo++;
            } else {
                hi--;
            }
        }
        return best;
    }
}
