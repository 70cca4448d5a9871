// Accepted: the sliding window: grow on the right, and while the sum reaches the target, record the length and
// drop from the left. Every element enters and leaves once: O(n).
class Solution {
public:
    int minSubArrayLen(int target, vector<int>& nums) {
        int best = INT_MAX, sum = 0, left = 0;
        for (int right = 0; right < (int)nums.size(); right++) {
            sum += nums[right];
            while (sum >= target) {
                best = min(best, right - left + 1);
                sum -= nums[left++];
            }
        }
        return best == INT_MAX ? 0 : best;
    }
};
