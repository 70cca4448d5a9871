// Time limit exceeded: depth-first search over every jump length from every index, without remembering the
// indices already known to fail. When the end is unreachable it explores every route: values 5000, 4999,
// ..., 1 and then a wall of zeros give 2^5000 routes.
class Solution {
    bool from(const vector<int>& nums, int i) {
        if (i >= (int)nums.size() - 1) return true;
        for (int step = nums[i]; step >= 1; step--) {
            if (from(nums, i + step)) return true;
        }
        return false;
    }

public:
    bool canJump(vector<int>& nums) {
        return from(nums, 0);
    }
};
