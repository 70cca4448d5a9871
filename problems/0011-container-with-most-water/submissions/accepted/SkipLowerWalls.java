/*
 * Accepted: two pointers that skip, after each step, every wall no taller than the one just dropped: such
 * a wall makes a narrower container that is no taller, so it cannot do better. Still O(n), fewer areas.
 */
class Solution {
    public int maxArea(int[] height) {
        int lo = 0, hi = height.length - 1;
        int best = 0;
        while (lo < hi) {
            int level = Math.min(height[lo], height[hi]);
            best = Math.max(best, level * (hi - lo));
            while (lo < hi && height[lo] <= level) {
                lo++;
            }
            while (lo < hi && height[hi] <= level) {
                hi--;
            }
        }
        return best;
    }
}
