// Wrong answer: two pointers, but the TALLER wall moves inwards. The shorter wall limits every container it
// is part of, so throwing away the taller one can lose the best pair: [2,3,10,5,7,8,9] answers 24, not 36.
class Solution {
public:
    int maxArea(vector<int>& height) {
        int lo = 0, hi = height.size() - 1, best = 0;
        while (lo < hi) {
            best = max(best, (hi - lo) * min(height[lo], height[hi]));
            if (height[lo] > height[hi]) lo++;
            else hi--;
        }
        return best;
    }
};
