// Wrong answer: sorts and compares the pairs (0,1), (2,3), ..., but when every pair matches it returns 0
// instead of the last element, which is then the single value: [1,1,2,2,7] answers 0 instead of 7.
class Solution {
public:
    int singleNumber(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        for (int i = 0; i + 1 < (int)nums.size(); i += 2) {
            if (nums[i] != nums[i + 1]) return nums[i];
        }
        return 0;
    }
};
