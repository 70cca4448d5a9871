/**
 * Reference solution for 567. Permutation in String.
 *
 * A window of exactly m = s1.length() letters slides over s2. diff[c] is how many more copies of c the
 * window holds than s1 does, and unequal counts the letters whose diff is not 0. Each step changes two
 * counters and updates unequal in O(1); the window is a permutation of s1 exactly when unequal == 0.
 * O(n + m) time, 26 counters.
 */
class Solution {
    public boolean checkInclusion(String s1, String s2) {
        int m = s1.length();
        int n = s2.length();
        if (m > n) {
            return false;
        }
        int[] diff = new int[26];
        for (int i = 0; i < m; i++) {
            diff[s2.charAt(i) - 'a']++;
            diff[s1.charAt(i) - 'a']--;
        }
        int unequal = 0;
        for (int d : diff) {
            if (d != 0) {
                unequal++;
            }
        }
        for (int right = m; right < n && unequal > 0; right++) {
            unequal += change(diff, s2.charAt(right) - 'a', +1);
            unequal += change(diff, s2.charAt(right - m) - 'a', -1);
        }
        return unequal == 0;
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
