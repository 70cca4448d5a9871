import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/*
 * Wrong answer: finds exactly the right windows but reports where each one ENDS (its last index i)
 * instead of where it starts (i - m + 1). Right only when p has one letter; example 1 gives [2,8]
 * instead of [0,6].
 */
class Solution {
    public List<Integer> findAnagrams(String s, String p) {
        int m = p.length();
        List<Integer> result = new ArrayList<>();
        int[] need = new int[26];
        int[] window = new int[26];
        for (char c : p.toCharArray()) {
            need[c - 'a']++;
        }
        for (int i = 0; i < s.length(); i++) {
            window[s.charAt(i) - 'a']++;
            if (i >= m) {
                window[s.charAt(i - m) - 'a']--;
            }
            if (i >= m - 1 && Arrays.equals(need, window)) {
                result.add(i);
            }
        }
        return result;
    }
}
