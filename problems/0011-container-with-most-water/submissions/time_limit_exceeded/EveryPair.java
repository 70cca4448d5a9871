/*
 * Time limit exceeded: every pair of walls, O(n^2): n^2 / 2 = 5 * 10^9 areas for n = 10^5 (any test of
 * 04-max.json, or "max-n-all-zeros").
 */
class Solution {
    public int maxArea(int[] height) {
        int best = 0;
        for (int i = 0; i < height.length; i++) {
            for (int j = i + 1; j < height.length; j++) {
                best = Math.max(best, (j - i) * Math.min(height[i], height[j]));
            }
        }
        return best;
    }
}
