// Accepted: the two running values of the table (the best with the last house robbed, and without it): O(n)
// time, O(1) space.
class Solution {
public:
    int rob(vector<int>& nums) {
        int take = 0, skip = 0;
        for (int x : nums) {
            int robbed = skip + x;
            skip = max(take, skip);
            take = robbed;
        }
        return max(take, skip);
    }
};
