import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/*
 * Runtime error: fills the first window by counting s[0..m-1] before checking that p fits in s at all.
 * Right whenever m <= n; when p is longer than s, s.charAt(n) throws StringIndexOutOfBoundsException
 * ("p-longer-than-s-by-one").
 */
class Solution {
    public List<Integer> findAnagrams(String s, String p) {
        int n = s.length(), m = p.length();
        int[] need = new int[26];
        int[] window = new int[26];
        for (int i = 0; i < m; i++) {
            need[p.charAt(i) - 'a']++;
            window[s.charAt(i) - 'a']++;
        }
        List<Integer> result = new ArrayList<>();
        if (Arrays.equals(need, window)) {
            result.add(0);
        }
        for (int i = m; i < n; i++) {
            window[s.charAt(i) - 'a']++;
            window[s.charAt(i - m) - 'a']--;
            if (Arrays.equals(need, window)) {
                result.add(i - m + 1);
            }
        }
        return result;
    }
}
