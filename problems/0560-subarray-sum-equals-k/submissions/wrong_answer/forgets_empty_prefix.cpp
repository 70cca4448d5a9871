// Wrong answer: the prefix-sum map starts empty instead of holding the empty prefix (seen[0] = 1), so the
// subarrays that start at index 0 are never counted: [1,2,3] with k = 6 ("match-from-index-zero") answers 0
// instead of 1; example 2 answers 1 instead of 2.
class Solution {
public:
    int subarraySum(vector<int>& nums, int k) {
        unordered_map<int, int> seen;
        int prefix = 0, count = 0;
        for (int x : nums) {
            prefix += x;
            if (seen.count(prefix - k)) count += seen[prefix - k];
            seen[prefix]++;
        }
        return count;
    }
};
