import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/*
 * Accepted: the textbook stack of opening brackets, with a map from each closer to its opener. A closer
 * must find its own opener on top; an empty stack (Deque.peek returns null) is a mismatch too.
 */
class Solution {
    private static final Map<Character, Character> OPENER = Map.of(')', '(', ']', '[', '}', '{');

    public boolean isValid(String s) {
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            Character opener = OPENER.get(c);
            if (opener == null) {
                stack.push(c);
            } else if (!opener.equals(stack.peek())) {
                return false;
            } else {
                stack.pop();
            }
        }
        return stack.isEmpty();
    }
}
