import java.util.ArrayList;
import java.util.List;

/**
 * Reference solution for 438. Find All Anagrams in a String.
 *
 * A window of exactly m = p.length() letters slides over s. diff[c] is how many more copies of c the
 * window holds than p does, and unequal is the number of letters whose diff is not 0. Moving the window
 * by one changes two counters, and unequal follows in O(1); the window is an anagram of p exactly when
 * unequal == 0. O(n + m) time, 26 counters.
 */
class Solution {
    public List<Integer> findAnagrams(String s, String p) {
        int n = s.length();
        int m = p.length();
        List<Integer> starts = new ArrayList<>();
        if (m > n) {
            return starts;
        }
        int[] diff = new int[26];
        for (int i = 0; i < m; i++) {
            diff[s.charAt(i) - 'a']++;
            diff[p.charAt(i) - 'a']--;
        }
        int unequal = 0;
        for (int d : diff) {
            if (d != 0) {
                unequal++;
            }
        }
        if (unequal == 0) {
            starts.add(0);
        }
        for (int right = m; right < n; right++) {
            unequal += change(diff, s.charAt(right) - 'a', +1);
            unequal += change(diff, s.charAt(right - m) - 'a', -1);
            if (unequal == 0) {
                starts.add(right - m + 1);
            }
        }
        return starts;
    }

    /** Adds delta to diff[c]; returns how the number of unequal letters changes (-1, 0 or +1). */
    private static int change(int[] diff, int c, int delta) {
        int before = diff[c];
        diff[c] += delta;
        if (before == 0) {
            return 1;
        }
        return diff[c] == 0 ? -1 : 0;
    }
}
