// Wrong answer: walks through text1 and matches each character at its first occurrence in text2 after the last
// match (string::find). An early match can block a longer subsequence: "zabc" and "abcz"
// ("early-match-blocks-longer") answers 1 (z matched at the end of text2) instead of 3 ("abc").
class Solution {
public:
    int longestCommonSubsequence(string text1, string text2) {
        size_t from = 0;
        int count = 0;
        for (char c : text1) {
            size_t at = text2.find(c, from);
            if (at != string::npos) {
                count++;
                from = at + 1;
            }
        }
        return count;
    }
};
