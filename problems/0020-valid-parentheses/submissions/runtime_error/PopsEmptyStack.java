import java.util.ArrayDeque;
import java.util.Deque;

/*
 * Runtime error: pops without asking whether the stack is empty. A closer with nothing open before it
 * (")" in "single-close-round", or ")(") makes ArrayDeque.pop throw NoSuchElementException.
 */
class Solution {
    public boolean isValid(String s) {
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            if (c == '(' || c == '[' || c == '{') {
                stack.push(c);
            } else {
                char open = stack.pop();
                if (open == '(' && c != ')' || open == '[' && c != ']' || open == '{' && c != '}') {
                    return false;
                }
            }
        }
        return stack.isEmpty();
    }
}
