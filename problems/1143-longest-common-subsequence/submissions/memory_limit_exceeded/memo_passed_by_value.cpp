// Memory limit exceeded: the memoised recursion, but the memo is a vector<vector<int>> taken BY VALUE, a C++
// slip: every call copies the whole (m + 1) x (n + 1) table, and each copy lives until its call returns. Where
// the recursion goes deep ("max-identical": 1000 nested calls of 4 MB each) that is some 4 GB,
// and new fails with std::bad_alloc at the 256 MB limit. (What a call stores lands in its own copy, so nothing
// is remembered across branches either.)
class Solution {
    int lcs(const string& a, const string& b, int i, int j, vector<vector<int>> memo) {
        if (i == (int)a.size() || j == (int)b.size()) return 0;
        if (memo[i][j] != -1) return memo[i][j];
        if (a[i] == b[j]) return memo[i][j] = 1 + lcs(a, b, i + 1, j + 1, memo);
        return memo[i][j] = max(lcs(a, b, i + 1, j, memo), lcs(a, b, i, j + 1, memo));
    }

public:
    int longestCommonSubsequence(string text1, string text2) {
        vector<vector<int>> memo(text1.size() + 1, vector<int>(text2.size() + 1, -1));
        return lcs(text1, text2, 0, 0, memo);
    }
};
