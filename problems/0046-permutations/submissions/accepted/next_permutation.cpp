// Accepted: the standard library does it. Sort, then std::next_permutation walks every ordering of distinct
// values once, in lexicographic order. n! * n for n <= 6.
class Solution {
public:
    vector<vector<int>> permute(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        vector<vector<int>> out;
        do {
            out.push_back(nums);
        } while (next_permutation(nums.begin(), nums.end()));
        return out;
    }
};
