// Runtime error: a vector<char> as the stack, read with back() and pop_back() without asking whether it is
// empty. A closer with nothing open before it (")") reads back() of a vector that never allocated, one
// byte before a null pointer: SIGSEGV.
class Solution {
public:
    bool isValid(string s) {
        vector<char> st;
        for (char c : s) {
            if (c == '(' || c == '[' || c == '{') {
                st.push_back(c);
            } else {
                char o = st.back();
                st.pop_back();
                if ((c == ')' && o != '(') || (c == ']' && o != '[') || (c == '}' && o != '{')) return false;
            }
        }
        return st.empty();
    }
};
