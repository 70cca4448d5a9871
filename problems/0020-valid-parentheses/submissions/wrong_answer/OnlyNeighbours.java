/*
 * Wrong answer: checks that the string pairs up as neighbours, s[0] with s[1], s[2] with s[3], ... That is
 * right for pairs side by side ("()[]{}") but rejects every nesting: "{[]}" (example 5) is answered false.
 * The property phase does not falsify it (a random string is almost never well formed, and then both
 * answers are false): only the tests catch it.
 */
class Solution {
    public boolean isValid(String s) {
        if (s.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i += 2) {
            String pair = s.substring(i, i + 2);
            if (!pair.equals("()") && !pair.equals("[]") && !pair.equals("{}")) {
                return false;
            }
        }
        return true;
    }
}
