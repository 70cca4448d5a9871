// Wrong answer: the sliding window with `if` where `while` belongs: it drops only one element from the left
// per step, so after a long window meets a big element it never gets short again: target = 100, nums =
// [1,1,1,1,100] answers 5 instead of 1.
class Solution {
public:
    int minSubArrayLen(int target, vector<int>& nums) {
        int best = INT_MAX, sum = 0, left = 0;
        for (int right = 0; right < (int)nums.size(); right++) {
            sum += nums[right];
            if (sum >= target) {
                best = min(best, right - left + 1);
                sum -= nums[left++];
            }
        }
        return best == INT_MAX ? 0 : best;
    }
};
