// Wrong answer: answers false as soon as a 0 appears before the last index, as if every route had to step on
// it. A zero can be jumped over: [2,0,0] answers false instead of true.
class Solution {
public:
    bool canJump(vector<int>& nums) {
        return find(nums.begin(), nums.end() - 1, 0) == nums.end() - 1;
    }
};
