/*
 * Accepted, and looks quadratic but is not: from every start it extends to the right with a fresh
 * boolean[128] until a character repeats. A run without repeats holds at most 95 characters (the
 * printable ASCII set), so each start scans at most 96 characters: O(95 * n), about 5 * 10^6 steps
 * for n = 50000. A solution is slow only where the input makes it slow.
 */
class Solution {
    public int lengthOfLongestSubstring(String s) {
        int best = 0;
        for (int i = 0; i < s.length() && s.length() - i > best; i++) {
            boolean[] seen = new boolean[128];
            int j = i;
            while (j < s.length() && !seen[s.charAt(j)]) {
                seen[s.charAt(j)] = true;
                j++;
            }
            best = Math.max(best, j - i);
        }
        return best;
    }
}
