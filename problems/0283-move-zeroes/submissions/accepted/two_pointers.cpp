// Accepted: swap each non-zero to the writer, in place, O(n), as LeetCode's C++ users write it.
class Solution {
public:
    void moveZeroes(vector<int>& nums) {
        int w = 0;
        for (int i = 0; i < (int)nums.size(); i++) {
            if (nums[i] != 0) swap(nums[w++], nums[i]);
        }
    }
};
