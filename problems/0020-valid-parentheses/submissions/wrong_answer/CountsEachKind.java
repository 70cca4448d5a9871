/*
 * Wrong answer: one counter per kind of bracket instead of a stack. It rejects a closer with no opener of
 * its kind before it, and an opener left open, but it cannot see crossing pairs: "([)]" has every counter
 * back at zero and is answered true (example 4, "crossing-round-square").
 * The property phase does not falsify it (random strings of brackets almost never have balanced counts, and
 * then both answers are false): only the tests catch it.
 */
class Solution {
    public boolean isValid(String s) {
        int round = 0, square = 0, curly = 0;
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(' -> round++;
                case ')' -> round--;
                case '[' -> square++;
                case ']' -> square--;
                case '{' -> curly++;
                default -> curly--;
            }
            if (round < 0 || square < 0 || curly < 0) {
                return false;
            }
        }
        return round == 0 && square == 0 && curly == 0;
    }
}
