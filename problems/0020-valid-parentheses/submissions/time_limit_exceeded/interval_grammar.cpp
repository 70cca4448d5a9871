// Time limit exceeded: the grammar "empty, or (A), or AB" as an interval dynamic program: ok[h][i] says
// whether s[i, i + 2h) is well formed. Correct, but O(n^3): about n^3 / 24 = 4 * 10^10 split checks for
// n = 10^4 when most intervals are not well formed (5000 levels of nesting). The quadratic "erase every
// adjacent pair until nothing changes" is NOT slow enough at n <= 10^4, in C++ even less than in Java.
class Solution {
    static bool pairs(char open, char close) {
        return (open == '(' && close == ')') || (open == '[' && close == ']') || (open == '{' && close == '}');
    }

public:
    bool isValid(string s) {
        int n = s.size();
        if (n % 2) return false;
        vector<vector<char>> ok(n / 2 + 1);
        ok[0].assign(n + 1, 1);
        for (int half = 1; half <= n / 2; half++) {
            int len = 2 * half;
            ok[half].assign(n - len + 1, 0);
            for (int i = 0; i + len <= n; i++) {
                bool good = pairs(s[i], s[i + len - 1]) && ok[half - 1][i + 1];
                for (int a = 1; !good && a < half; a++) good = ok[a][i] && ok[half - a][i + 2 * a];
                ok[half][i] = good;
            }
        }
        return ok[n / 2][0];
    }
};
