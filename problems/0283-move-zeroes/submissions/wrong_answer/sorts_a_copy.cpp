// Wrong Answer: takes the vector by value, so the moved zeros never reach the caller's array (the answer is
// the argument after the call, as LeetCode's driver reads it).
class Solution {
public:
    void moveZeroes(vector<int> nums) {
        stable_partition(nums.begin(), nums.end(), [](int x) { return x != 0; });
    }
};
