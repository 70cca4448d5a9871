/*
 * Accepted: the common fixed-size window with two int[26] counters, compared in full with Arrays.equals
 * after every step. O(26 * n), no imports (java.util.* is implicit on leetcode.com). Returns the indices in
 * increasing order.
 */
class Solution {
    public List<Integer> findAnagrams(String s, String p) {
        List<Integer> result = new ArrayList<>();
        int m = p.length();
        if (m > s.length()) {
            return result;
        }
        int[] need = new int[26];
        int[] window = new int[26];
        for (int i = 0; i < m; i++) {
            need[p.charAt(i) - 'a']++;
        }
        for (int i = 0; i < s.length(); i++) {
            window[s.charAt(i) - 'a']++;
            if (i >= m) {
                window[s.charAt(i - m) - 'a']--;
            }
            if (i >= m - 1 && Arrays.equals(need, window)) {
                result.add(i - m + 1);
            }
        }
        return result;
    }
}
