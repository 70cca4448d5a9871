// Time limit exceeded: "rob house i and jump to i + 2, or skip to i + 1", recursively and without memo: about
// 1.6^n calls, some 10^20 at n = 100.
class Solution {
public:
    int rob(vector<int>& nums) {
        return best(nums, 0);
    }

private:
    int best(const vector<int>& nums, int i) {
        if (i >= (int)nums.size()) return 0;
        return max(nums[i] + best(nums, i + 2), best(nums, i + 1));
    }
};
