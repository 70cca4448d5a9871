// Accepted: prefix sums counted in an unordered_map that starts with the empty prefix (sum 0, once); each
// prefix adds the number of earlier prefixes equal to prefix - k. O(n).
class Solution {
public:
    int subarraySum(vector<int>& nums, int k) {
        unordered_map<int, int> seen;
        seen[0] = 1;
        int prefix = 0, count = 0;
        for (int x : nums) {
            prefix += x;
            auto it = seen.find(prefix - k);
            if (it != seen.end()) count += it->second;
            seen[prefix]++;
        }
        return count;
    }
};
