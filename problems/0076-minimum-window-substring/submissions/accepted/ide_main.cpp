// Accepted: a file as an IDE leaves it, with its own includes and a main() that tries the examples. The judge
// renames main away (docs/cpp.md), so it never runs.
#include <iostream>
#include <string>
#include <unordered_map>
using namespace std;

class Solution {
public:
    string minWindow(string s, string t) {
        unordered_map<char, int> need;
        for (char c : t) need[c]++;
        int formed = 0, required = need.size();
        unordered_map<char, int> have;
        int bestLen = -1, bestFrom = 0;
        for (int l = 0, r = 0; r < (int)s.size(); r++) {
            char c = s[r];
            if (need.count(c) && ++have[c] == need[c]) formed++;
            while (formed == required) {
                if (bestLen < 0 || r - l + 1 < bestLen) { bestLen = r - l + 1; bestFrom = l; }
                char d = s[l++];
                if (need.count(d) && have[d]-- == need[d]) formed--;
            }
        }
        return bestLen < 0 ? "" : s.substr(bestFrom, bestLen);
    }
};

int main() {
    cout << Solution().minWindow("ADOBECODEBANC", "ABC") << endl;
    return 0;
}
