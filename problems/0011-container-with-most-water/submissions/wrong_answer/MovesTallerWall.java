/*
 * Wrong answer: two pointers, but the TALLER wall moves inwards. The shorter wall limits every container
 * it is part of, so keeping it gains nothing and throwing away the taller one can lose the best pair:
 * [2,3,10,5,7,8,9] ("taller-pointer-moves-lose-best") answers 24 instead of 36.
 */
class Solution {
    public int maxArea(int[] height) {
        int lo = 0, hi = height.length - 1;
        int best = 0;
        while (lo < hi) {
            best = Math.max(best, (hi - lo) * Math.min(height[lo], height[hi]));
            if (height[lo] > height[hi]) {
                lo++;
            } else {
                hi--;
            }
        }
        return best;
    }
}
