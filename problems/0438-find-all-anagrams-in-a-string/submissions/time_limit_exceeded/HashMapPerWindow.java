import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/*
 * Time limit exceeded: correct, O(n * m). For every start it counts the window's letters into a new
 * HashMap<Character, Integer> and compares it with p's map. With m = n / 2 = 15000 that is 15001 maps of
 * 15000 boxed updates each, about 2.25 * 10^8 ("max-one-letter-p-half", "max-half-window-no-anagram",
 * "max-two-letters-p-cut-from-s", "max-alphabet-cycled-p-half").
 */
class Solution {
    public List<Integer> findAnagrams(String s, String p) {
        Map<Character, Integer> need = count(p, 0, p.length());
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i + p.length() <= s.length(); i++) {
            if (count(s, i, i + p.length()).equals(need)) {
                result.add(i);
            }
        }
        return result;
    }

    private static Map<Character, Integer> count(String x, int from, int to) {
        Map<Character, Integer> counts = new HashMap<>();
        for (int i = from; i < to; i++) {
            counts.merge(x.charAt(i), 1, Integer::sum);
        }
        return counts;
    }
}
