// Wrong answer: two passes, first mapping every value to its last position, but the second pass forgets that
// the partner must be at ANOTHER position: a value that is half of target, once, before the real pair, finds
// itself (nums = [4,1,7,9], target = 8 returns [0,0]).
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_map<int, int> last;
        for (int i = 0; i < (int)nums.size(); i++) last[nums[i]] = i;
        for (int i = 0; i < (int)nums.size(); i++) {
            auto it = last.find(target - nums[i]);
            if (it != last.end()) return {i, it->second};
        }
        return {};
    }
};
