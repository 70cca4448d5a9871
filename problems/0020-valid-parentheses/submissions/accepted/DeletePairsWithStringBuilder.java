/*
 * Accepted: the string itself as the stack. Characters are copied into a StringBuilder; a closer that
 * matches the last character copied deletes it instead (an adjacent matching pair vanishes), anything else
 * is appended. Well-formed strings vanish completely. O(n): each character is appended and deleted once.
 */
class Solution {
    public boolean isValid(String s) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int last = kept.length() - 1;
            if (last >= 0 && pairs(kept.charAt(last), c)) {
                kept.setLength(last);
            } else {
                kept.append(c);
            }
        }
        return kept.length() == 0;
    }

    private static boolean pairs(char open, char close) {
        return open == '(' && close == ')' || open == '[' && close == ']' || open == '{' && close == '}';
    }
}
