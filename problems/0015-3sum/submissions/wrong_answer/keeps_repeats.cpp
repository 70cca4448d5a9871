// Wrong answer: sort and two pointers, but after a triplet both pointers move by one only, over equal
// values, so the same triplet is found again: [-2,0,0,2,2] returns [-2,0,2] twice.
class Solution {
public:
    vector<vector<int>> threeSum(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        vector<vector<int>> out;
        int n = nums.size();
        for (int i = 0; i + 2 < n; i++) {
            if (i > 0 && nums[i] == nums[i - 1]) continue;
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int sum = nums[i] + nums[lo] + nums[hi];
                if (sum < 0) lo++;
                else if (sum > 0) hi--;
                else out.push_back({nums[i], nums[lo++], nums[hi--]});
            }
        }
        return out;
    }
};
