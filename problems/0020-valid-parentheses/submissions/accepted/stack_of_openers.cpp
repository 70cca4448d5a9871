// Accepted: a stack<char> of the brackets still open; a closer must find its own opener on top, and an
// empty stack at a closer or a non-empty one at the end is invalid. O(n).
class Solution {
public:
    bool isValid(string s) {
        stack<char> open;
        for (char c : s) {
            if (c == '(' || c == '[' || c == '{') {
                open.push(c);
            } else {
                if (open.empty()) return false;
                char o = open.top();
                open.pop();
                if ((c == ')' && o != '(') || (c == ']' && o != '[') || (c == '}' && o != '{')) return false;
            }
        }
        return open.empty();
    }
};
