import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/*
 * Wrong answer: an off-by-one in the loop bound. It checks windows starting at i < n - m instead of
 * i <= n - m, so the last window of s is never looked at: an anagram at the very end is missed
 * ("anagram-at-end-only", and p equal to s gives [] instead of [0]).
 */
class Solution {
    public List<Integer> findAnagrams(String s, String p) {
        int n = s.length(), m = p.length();
        List<Integer> result = new ArrayList<>();
        int[] need = new int[26];
        int[] window = new int[26];
        for (int i = 0; i < m; i++) {
            need[p.charAt(i) - 'a']++;
        }
        for (int i = 0; i < n - m; i++) {
            if (i == 0) {
                for (int k = 0; k < m; k++) {
                    window[s.charAt(k) - 'a']++;
                }
            } else {
                window[s.charAt(i - 1) - 'a']--;
                window[s.charAt(i + m - 1) - 'a']++;
            }
            if (Arrays.equals(need, window)) {
                result.add(i);
            }
        }
        return result;
    }
}
