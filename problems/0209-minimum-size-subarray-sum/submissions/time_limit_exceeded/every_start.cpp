// Time limit exceeded: right, but O(n^2): from every start, adds elements until the sum reaches the target.
// When no window reaches it ("max-ones-target-max") that is n^2 / 2 = 5 * 10^9 additions for n = 10^5.
class Solution {
public:
    int minSubArrayLen(int target, vector<int>& nums) {
        int n = nums.size(), best = 0;
        for (int start = 0; start < n; start++) {
            long long sum = 0;
            for (int end = start; end < n; end++) {
                sum += nums[end];
                if (sum >= target) {
                    if (best == 0 || end - start + 1 < best) best = end - start + 1;
                    break;
                }
            }
        }
        return best;
    }
};
