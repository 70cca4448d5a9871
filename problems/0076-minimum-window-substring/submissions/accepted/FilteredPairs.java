/*
 * Accepted: LeetCode's "optimized sliding window": first keep only the positions of s whose letter occurs
 * in t, as a list of Pair<Integer, Character> (index, letter), then slide the window over that shorter
 * list, keeping the window's positions in an ArrayDeque. O(m + n).
 *
 * It uses Pair, Map, HashMap, List, ArrayList and ArrayDeque WITHOUT importing them, as code written on
 * leetcode.com does: the judge must add LeetCode's implicit imports (java.util.* etc.) and a
 * Pair<K, V> with getKey()/getValue() like javafx.util.Pair.
 */
class Solution {
    public String minWindow(String s, String t) {
        Map<Character, Integer> need = new HashMap<>();
        for (char c : t.toCharArray()) {
            need.merge(c, 1, Integer::sum);
        }
        List<Pair<Integer, Character>> filtered = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (need.containsKey(c)) {
                filtered.add(new Pair<>(i, c));
            }
        }
        Map<Character, Integer> have = new HashMap<>();
        ArrayDeque<Pair<Integer, Character>> window = new ArrayDeque<>();
        int formed = 0;
        int bestStart = -1, bestEnd = -1;
        for (Pair<Integer, Character> p : filtered) {
            char c = p.getValue();
            window.addLast(p);
            int count = have.merge(c, 1, Integer::sum);
            if (count == need.get(c)) {
                formed++;
            }
            while (formed == need.size()) {
                int start = window.peekFirst().getKey();
                int end = p.getKey();
                if (bestStart < 0 || end - start < bestEnd - bestStart) {
                    bestStart = start;
                    bestEnd = end;
                }
                char d = window.pollFirst().getValue();
                int left = have.merge(d, -1, Integer::sum);
                if (left < need.get(d)) {
                    formed--;
                }
            }
        }
        return bestStart < 0 ? "" : s.substring(bestStart, bestEnd + 1);
    }
}
