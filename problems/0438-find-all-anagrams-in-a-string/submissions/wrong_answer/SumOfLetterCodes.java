import java.util.ArrayList;
import java.util.List;

/*
 * Wrong answer: a rolling "hash" that is just the sum of the letter codes in the window, compared with
 * p's sum. Every anagram has the same sum, but so do many windows that are not anagrams: "bb" and "ac"
 * both add up to 196, so s = "bbxacx", p = "ac" gives [0,3] instead of [3].
 */
class Solution {
    public List<Integer> findAnagrams(String s, String p) {
        int m = p.length();
        List<Integer> result = new ArrayList<>();
        long want = 0;
        for (char c : p.toCharArray()) {
            want += c;
        }
        long sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += s.charAt(i);
            if (i >= m) {
                sum -= s.charAt(i - m);
            }
            if (i >= m - 1 && sum == want) {
                result.add(i - m + 1);
            }
        }
        return result;
    }
}
