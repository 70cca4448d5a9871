import java.util.ArrayList;
import java.util.List;

/*
 * Memory limit exceeded: a correct sliding window that, instead of remembering only the best window,
 * keeps a copy (s.substring) of EVERY covering window it meets and picks the shortest at the end.
 * With s = 100000 'a's and t = 70000 'a's there are 30001 covering windows of 70000 letters each,
 * about 2 GB of strings, far past -Xmx256m ("max-t-70000-copies-of-one-letter").
 */
class Solution {
    public String minWindow(String s, String t) {
        int[] need = new int[128];
        for (char c : t.toCharArray()) {
            need[c]++;
        }
        List<String> windows = new ArrayList<>();
        int missing = t.length();
        for (int left = 0, right = 0; right < s.length(); right++) {
            if (need[s.charAt(right)]-- > 0) {
                missing--;
            }
            while (missing == 0) {
                windows.add(s.substring(left, right + 1));
                if (++need[s.charAt(left++)] > 0) {
                    missing++;
                }
            }
        }
        String best = "";
        for (String w : windows) {
            if (best.isEmpty() || w.length() < best.length()) {
                best = w;
            }
        }
        return best;
    }
}
