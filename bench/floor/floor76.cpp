// The "no judge" floor for 76. Minimum Window Substring in C++: the solution's source, included as it is, plus
// this plain driver, compiled with `g++ -std=c++17 -O2` and run once on the same tests, with no sandbox, no
// child process and no value conversion. LeetCode's C++ needs no includes, so neither does the solution here:
// <bits/stdc++.h> and `using namespace std;` come first, as the judge's prelude gives them.
//
//     g++ -std=c++17 -O2 -DSOLUTION='"path/to/solution.cpp"' bench/floor/floor76.cpp -o floor76
//     ./floor76 problems/0076-minimum-window-substring/tests/examples.json problems/.../tests/hidden/*.json
//
// Reads each JSON file (an array of {"name", "input": {"s", "t"}, "expected"}; 76's strings are letters, so the
// reader below knows only the escapes \" \\ and \uXXXX below 128), makes a new Solution per test, calls
// minWindow(s, t) and checks the answer as Floor.java does (the expected length, occurs in s, covers t).
// Prints "N/M passed, total X ms" and exits 0 when every test passed.
#include <bits/stdc++.h>
using namespace std;
#include SOLUTION

static string readString(const string& text, size_t& i) {
    string out;
    i = text.find('"', i) + 1;
    while (text[i] != '"') {
        if (text[i] == '\\') {
            char e = text[++i];
            if (e == 'u') {
                out += (char) stoi(text.substr(i + 1, 4), nullptr, 16);
                i += 4;
            } else {
                out += e;
            }
        } else {
            out += text[i];
        }
        i++;
    }
    i++;
    return out;
}

static string field(const string& text, size_t& i, const string& key) {
    i = text.find("\"" + key + "\"", i) + key.size() + 2;
    i = text.find(':', i) + 1;
    return readString(text, i);
}

int main(int argc, char** argv) {
    int passed = 0, total = 0;
    long long nanos = 0;
    for (int a = 1; a < argc; a++) {
        ifstream in(argv[a], ios::binary);
        string text((istreambuf_iterator<char>(in)), istreambuf_iterator<char>());
        size_t i = 0;
        while ((i = text.find("\"input\"", i)) != string::npos) {
            string s = field(text, i, "s"), t = field(text, i, "t"), expected = field(text, i, "expected");
            auto start = chrono::steady_clock::now();
            string answer = Solution().minWindow(s, t);
            nanos += chrono::duration_cast<chrono::nanoseconds>(chrono::steady_clock::now() - start).count();
            map<char, int> need;
            for (char c : t) need[c]++;
            for (char c : answer) need[c]--;
            bool covers = all_of(need.begin(), need.end(), [](auto& p) { return p.second <= 0; });
            bool ok = answer.size() == expected.size() && (answer.empty() || (s.find(answer) != string::npos && covers));
            passed += ok;
            total++;
        }
    }
    printf("%d/%d passed, total %lld ms\n", passed, total, nanos / 1000000);
    return passed == total ? 0 : 1;
}
