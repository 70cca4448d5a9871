// Time limit exceeded: the recurrence without memory. On a mismatch it tries dropping either character, two calls
// that overlap heavily: up to 2^(m + n) calls. With no letter in common at full length
// ("max-no-letter-in-common", "max-disjoint-alphabets") it never finishes.
class Solution {
    int lcs(const string& a, const string& b, int i, int j) {
        if (i == (int)a.size() || j == (int)b.size()) return 0;
        if (a[i] == b[j]) return 1 + lcs(a, b, i + 1, j + 1);
        return max(lcs(a, b, i + 1, j), lcs(a, b, i, j + 1));
    }

public:
    int longestCommonSubsequence(string text1, string text2) {
        return lcs(text1, text2, 0, 0);
    }
};
