import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/*
 * Accepted, in another style: a window of variable size. need[c] counts the copies of c the window may
 * still take. Each letter of s enters on the right; while it is one copy too many, letters leave on the
 * left. Whenever the window holds m letters it is exactly an anagram of p. O(n + m).
 *
 * It returns the indices in DECREASING order, in a LinkedList built through a Deque: the problem accepts
 * any order, so the checker must too.
 */
class Solution {
    public List<Integer> findAnagrams(String s, String p) {
        int[] need = new int[26];
        for (char c : p.toCharArray()) {
            need[c - 'a']++;
        }
        Deque<Integer> starts = new java.util.LinkedList<>();
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            int c = s.charAt(right) - 'a';
            need[c]--;
            while (need[c] < 0) {
                need[s.charAt(left) - 'a']++;
                left++;
            }
            if (right - left + 1 == p.length()) {
                starts.addFirst(left);
            }
        }
        return (List<Integer>) starts;
    }
}
