// Wrong answer: the stack is right, but the end returns true instead of asking whether the stack is empty,
// so brackets left open pass: "(" and "((" are answered true.
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
        return true;
    }
};
