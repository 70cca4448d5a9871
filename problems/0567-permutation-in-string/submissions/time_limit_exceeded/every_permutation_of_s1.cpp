// Time limit exceeded: LeetCode's first brute force. Sorts s1 and walks all its distinct permutations with
// next_permutation, asking s2.find for each. Correct, but s1 has up to m! of them: with s1 made of 26 or 13
// different letters that s2 lacks ("all-26-letters-s2-lacks-z", "max-13-distinct-letters-absent") it never
// finds one and never ends.
class Solution {
public:
    bool checkInclusion(string s1, string s2) {
        sort(s1.begin(), s1.end());
        do {
            if (s2.find(s1) != string::npos) return true;
        } while (next_permutation(s1.begin(), s1.end()));
        return false;
    }
};
