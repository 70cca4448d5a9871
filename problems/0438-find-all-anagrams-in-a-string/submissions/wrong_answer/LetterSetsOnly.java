import java.util.ArrayList;
import java.util.List;

/*
 * Wrong answer: compares which letters occur, not how often. It keeps a bit mask of the letters in each
 * window of length m and matches it against p's mask, so a window with the same letters in other counts
 * passes: s = "abbbabbb", p = "aab" gives [0,2,3,4] ("abb", "bba", ...) instead of [].
 */
class Solution {
    public List<Integer> findAnagrams(String s, String p) {
        int m = p.length();
        List<Integer> result = new ArrayList<>();
        int want = 0;
        for (char c : p.toCharArray()) {
            want |= 1 << (c - 'a');
        }
        int[] count = new int[26];
        for (int i = 0; i < s.length(); i++) {
            count[s.charAt(i) - 'a']++;
            if (i >= m) {
                count[s.charAt(i - m) - 'a']--;
            }
            if (i >= m - 1) {
                int mask = 0;
                for (int c = 0; c < 26; c++) {
                    if (count[c] > 0) {
                        mask |= 1 << c;
                    }
                }
                if (mask == want) {
                    result.add(i - m + 1);
                }
            }
        }
        return result;
    }
}
