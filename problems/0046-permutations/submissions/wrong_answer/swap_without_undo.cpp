// Wrong answer: backtracking by swapping, without swapping back. After the first branch the vector is left
// in another order, so later branches start from the wrong arrangement: [1,2,3] returns [1,2,3] and [1,3,2]
// twice and misses [2,1,3] and [2,3,1].
class Solution {
    void permute(vector<int>& a, int k, vector<vector<int>>& out) {
        if (k == (int)a.size()) {
            out.push_back(a);
            return;
        }
        for (int i = k; i < (int)a.size(); i++) {
            swap(a[k], a[i]);
            permute(a, k + 1, out);
        }
    }

public:
    vector<vector<int>> permute(vector<int>& nums) {
        vector<vector<int>> out;
        permute(nums, 0, out);
        return out;
    }
};
