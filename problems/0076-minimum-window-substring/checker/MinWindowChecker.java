import java.util.List;
import judge.check.CheckResult;
import judge.check.Checker;
import judge.value.Value;

/**
 * Checker for 76. Minimum Window Substring. Several windows can share the shortest length, and any of
 * them is a right answer, so an answer is accepted when it is a substring of s, covers t (holds every
 * letter at least as often as t does) and is as short as the shortest covering window.
 *
 * <p>The shortest length is computed here from s and t (O(m + n) sliding window), not read from the
 * expected answer, so the verdict does not depend on the stored answer being right. Every check is
 * linear: the substring test is Knuth-Morris-Pratt, not String.indexOf, whose worst case is O(m * k).
 *
 * <p>Checks, in order: the answer is a string; it occurs in s; if it is "", a window must not exist;
 * it covers t; it is no longer than the shortest window.
 */
public final class MinWindowChecker implements Checker {

    public MinWindowChecker() {}

    @Override
    public CheckResult check(List<Value> input, Value expected, Value output) {
        if (input.size() != 2 || !(input.get(0) instanceof Value.Str vs) || !(input.get(1) instanceof Value.Str vt)) {
            throw new IllegalArgumentException("minWindow takes two strings, s and t; the test has " + input);
        }
        String s = vs.value();
        String t = vt.value();
        if (!(output instanceof Value.Str out)) {
            return CheckResult.reject("returned " + output.kind() + ", but a string was expected");
        }
        String w = out.value();
        if (!occursIn(w, s)) {
            return CheckResult.reject(brief(w) + " is not a substring of s");
        }
        int shortest = shortestWindow(s, t);
        if (w.isEmpty()) {
            return shortest == 0
                ? CheckResult.accept()
                : CheckResult.reject("returned \"\" but a window of length " + shortest + " exists");
        }
        int[] need = count(t);
        int[] have = count(w);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (have[c] < need[c]) {
                return CheckResult.reject("the window misses letter '" + c + "': t needs " + need[c]
                    + ", the window has " + have[c]);
            }
        }
        if (w.length() > shortest) {
            return CheckResult.reject("the window has length " + w.length() + ", but the shortest has length " + shortest);
        }
        return CheckResult.accept();
    }

    /** Length of the shortest window of s that covers t, or 0 if there is none. */
    static int shortestWindow(String s, String t) {
        int[] need = count(t);
        count(s); // rejects characters outside 0..127 with a clear message
        int missing = t.length();
        int best = 0;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            if (need[s.charAt(right)]-- > 0) {
                missing--;
            }
            if (missing == 0) {
                while (need[s.charAt(left)] < 0) {
                    need[s.charAt(left++)]++;
                }
                if (best == 0 || right - left + 1 < best) {
                    best = right - left + 1;
                }
                need[s.charAt(left++)]++;
                missing++;
            }
        }
        return best;
    }

    /** Letter counts of an input string; inputs are letters only, so 128 counters suffice. */
    static int[] count(String x) {
        int[] counts = new int[128];
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if (c >= 128) {
                throw new IllegalArgumentException("the test holds a character outside ASCII: U+"
                    + String.format("%04X", (int) c));
            }
            counts[c]++;
        }
        return counts;
    }

    /** Whether needle occurs in haystack, in O(|needle| + |haystack|) (Knuth-Morris-Pratt). */
    static boolean occursIn(String needle, String haystack) {
        int k = needle.length();
        if (k == 0) {
            return true;
        }
        if (k > haystack.length()) {
            return false;
        }
        int[] fail = new int[k];
        for (int i = 1, j = 0; i < k; i++) {
            while (j > 0 && needle.charAt(i) != needle.charAt(j)) {
                j = fail[j - 1];
            }
            if (needle.charAt(i) == needle.charAt(j)) {
                j++;
            }
            fail[i] = j;
        }
        for (int i = 0, j = 0; i < haystack.length(); i++) {
            while (j > 0 && haystack.charAt(i) != needle.charAt(j)) {
                j = fail[j - 1];
            }
            if (haystack.charAt(i) == needle.charAt(j)) {
                j++;
            }
            if (j == k) {
                return true;
            }
        }
        return false;
    }

    /** The string in quotes, cut to 40 characters (with its length) when it is longer. */
    static String brief(String x) {
        if (x.length() <= 40) {
            return "\"" + x + "\"";
        }
        return "\"" + x.substring(0, 40) + "…\" (length " + x.length() + ")";
    }
}
