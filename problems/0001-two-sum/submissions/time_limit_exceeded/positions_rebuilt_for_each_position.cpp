// Time limit exceeded: the hash map idea, careful about duplicates (every value maps to the vector of its
// positions), but with the map built INSIDE the loop: for every position it indexes the whole array again
// before looking up target - nums[i]. Correct, but n map builds of n entries each: 10^8 hash insertions and
// allocations when n = 10^4 and the pair is at the last two positions.
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        int n = nums.size();
        for (int i = 0; i < n; i++) {
            unordered_map<int, vector<int>> positions;
            for (int j = 0; j < n; j++) positions[nums[j]].push_back(j);
            auto it = positions.find(target - nums[i]);
            if (it == positions.end()) continue;
            for (int j : it->second) {
                if (j != i) return {i, j};
            }
        }
        return {};
    }
};
