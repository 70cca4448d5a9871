import java.util.ArrayDeque;
import java.util.Deque;

/*
 * Wrong answer: the stack is right, but the end returns true instead of asking whether the stack is
 * empty, so brackets left open pass: "(" ("single-open-round") and "((" are answered true.
 */
class Solution {
    public boolean isValid(String s) {
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            if (c == '(' || c == '[' || c == '{') {
                stack.push(c);
            } else {
                if (stack.isEmpty()) {
                    return false;
                }
                char open = stack.pop();
                if (open == '(' && c != ')' || open == '[' && c != ']' || open == '{' && c != '}') {
                    return false;
                }
            }
        }
        return true;
    }
}
