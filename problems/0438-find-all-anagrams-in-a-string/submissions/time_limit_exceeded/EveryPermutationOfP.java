import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/*
 * Time limit exceeded: takes "anagram" literally. It generates every distinct permutation of p by
 * backtracking over letter counts and looks each one up in s with indexOf. Correct, but p has up to
 * m! / (duplicates) permutations: with 26 different letters in p ("max-alphabet-cycled-p-26") that is
 * 26! = 4 * 10^26 of them.
 */
class Solution {
    public List<Integer> findAnagrams(String s, String p) {
        int[] left = new int[26];
        for (char c : p.toCharArray()) {
            left[c - 'a']++;
        }
        TreeSet<Integer> starts = new TreeSet<>();
        permute(s, new StringBuilder(), p.length(), left, starts);
        return new ArrayList<>(starts);
    }

    private void permute(String s, StringBuilder prefix, int m, int[] left, TreeSet<Integer> starts) {
        if (prefix.length() == m) {
            String word = prefix.toString();
            for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
                starts.add(i);
            }
            return;
        }
        for (int c = 0; c < 26; c++) {
            if (left[c] > 0) {
                left[c]--;
                prefix.append((char) ('a' + c));
                permute(s, prefix, m, left, starts);
                prefix.setLength(prefix.length() - 1);
                left[c]++;
            }
        }
    }
}
