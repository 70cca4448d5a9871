/**
 * Reference solution for 20. Valid Parentheses.
 *
 * A stack of the brackets still open. An opening bracket is pushed; a closing one must match the bracket
 * on top (the one opened last, which nesting says must close first), which is then popped. The string is
 * valid when no closing bracket finds an empty stack or a different kind on top, and the stack is empty
 * at the end. Each character is pushed and popped at most once: O(n) time, O(n) space.
 */
class Solution {
    public boolean isValid(String s) {
        char[] stack = new char[s.length()];
        int top = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '(' -> stack[top++] = ')';
                case '[' -> stack[top++] = ']';
                case '{' -> stack[top++] = '}';
                default -> {
                    if (top == 0 || stack[--top] != c) {
                        return false;
                    }
                }
            }
        }
        return top == 0;
    }
}
