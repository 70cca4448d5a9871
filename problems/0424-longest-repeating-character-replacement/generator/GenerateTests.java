/*
 * Writes the hidden tests of 424. Longest Repeating Character Replacement: tests/hidden/*.json.
 *
 * Run from the repository root, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0424-longest-repeating-character-replacement/generator/GenerateTests.java \
 *         problems/0424-longest-repeating-character-replacement
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs
 * give byte-identical files. The expected answers come from this program's own copy of the reference
 * algorithm; every test with n <= 3000 is also checked against a slow, independent brute force. Each
 * input is checked against the constraints (1 <= n <= 10^5, letters A-Z only, 0 <= k <= n) and every
 * name must be unique, examples included.
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  n = 1, k = 0 and k = n, the letters 'A' and 'Z', one letter repeated, alternating
 *                       letters. They reject `>= k` for `> k` and min(n, most frequent letter + k) taken
 *                       over the whole string.
 *   02-tricky.json      Hand-made traps: the best letter is not the one that just arrived (a maximum taken
 *                       from the incoming letter alone shrinks too early), windows that must slide past
 *                       letters whose counts have to go down, runs joined by a single other letter.
 *   03-random.json      Random small and medium strings over 2, 3 and 26 letters with k from 0 to n.
 *   04-max.json         n = 10^5: one letter 10^5 times (k = 0 answers n), k = n, two letters with k = n / 2
 *                       and similar inputs where the answer is long, so that extending a window from every
 *                       start takes about n^2 / 2 = 5 * 10^9 steps, and 26 times that per target letter.
 */

import java.nio.file.Path;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final int MAX = 100_000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "s", "k");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    // ---------------------------------------------------------------- groups

    static void boundaries(TestWriter.Group out) {
        add(out, "one-letter-k-0", "A", 0);
        add(out, "one-letter-k-1", "Z", 1);
        add(out, "two-letters-different-k-0", "AZ", 0);
        add(out, "two-letters-different-k-2", "ZA", 2);
        add(out, "k-equals-n", "ABCDE", 5);
        add(out, "k-zero-longest-run", "ABBBCCDD", 0);
        add(out, "k-zero-run-at-end", "ABCZZZZ", 0);
        add(out, "same-letter-k-0", "QQQQQQ", 0);
        add(out, "same-letter-k-n", "QQQQQQ", 6);
        add(out, "alternating-k-0", "ABABABAB", 0);
        add(out, "alternating-k-1", "ABABABAB", 1);
        add(out, "all-26-letters-k-0", UPPER, 0);
        add(out, "all-26-letters-k-3", UPPER, 3);
        add(out, "k-enough-for-all-but-one", "ABCDEA", 4);
    }

    static void tricky(TestWriter.Group out) {
        add(out, "incoming-letter-not-the-majority", "AAAB", 1);
        add(out, "incoming-letter-not-the-majority-long", "AAAABCAAA", 2);
        add(out, "majority-arrives-late", "BCDAAAA", 1);
        add(out, "runs-joined-by-one-letter", "AAAABAAAA", 1);
        add(out, "runs-joined-by-two-letters-k-1", "AAAABBAAAA", 1);
        add(out, "whole-string-needs-one-too-many", "AABBAABB", 3);
        add(out, "three-letters-blocks", "AAABBBCCC", 3);
        add(out, "window-must-forget-old-letters", "ABBBBCCCCCCAAA", 2);
        add(out, "best-window-in-middle", "XYZAAAYAAAXYZ", 1);
        add(out, "counts-must-go-down", "BAAAB", 0);
        add(out, "ends-with-majority", "ABCDEFFFFF", 2);
        add(out, "two-candidates-same-length", "AAB" + "CDE" + "BBA", 1);
    }

    static void random(TestWriter.Group out) {
        String[][] alphabets = {{"ab", "AB"}, {"abc", "ABC"}, {"all", UPPER}};
        Random rnd = new Random(3001);
        int index = 0;
        for (int round = 0; round < 4; round++) {
            for (String[] alphabet : alphabets) {
                int n = 1 + rnd.nextInt(round < 2 ? 10 : 50);
                int k = round == 0 ? 0 : rnd.nextInt(Math.min(n, 6) + 1);
                add(out, String.format("random-small-%s-%02d", alphabet[0], ++index), randomString(rnd, n, alphabet[1]), k);
            }
        }
        Random mid = new Random(3002);
        String s = randomString(mid, 3000, "AB");
        add(out, "random-medium-ab-k-0", s, 0);
        add(out, "random-medium-ab-k-10", s, 10);
        add(out, "random-medium-ab-k-1000", s, 1000);
        String t = randomString(mid, 3000, UPPER);
        add(out, "random-medium-all-k-5", t, 5);
        add(out, "random-medium-all-k-200", t, 200);
        add(out, "random-medium-mostly-one-letter", weighted(mid, 3000, 'K', 0.8, UPPER), 50);
    }

    static void max(TestWriter.Group out) {
        String a = "A".repeat(MAX);
        add(out, "max-one-letter-k-0", a, 0);
        add(out, "max-one-letter-z-k-n", "Z".repeat(MAX), MAX);
        String ab = randomString(new Random(4001), MAX, "AB");
        add(out, "max-two-letters-k-half", ab, MAX / 2);
        add(out, "max-two-letters-k-1000", ab, 1000);
        add(out, "max-all-letters-k-n", randomString(new Random(4002), MAX, UPPER), MAX);
        add(out, "max-all-letters-k-0", randomString(new Random(4003), MAX, UPPER), 0);
        add(out, "max-mostly-one-letter-k-5000", weighted(new Random(4004), MAX, 'M', 0.9, UPPER), 5000);
        add(out, "max-alternating-k-0", "AB".repeat(MAX / 2), 0);
        // Every start lies in one long window of 'A's with rare 'B's: extending from each start runs far.
        add(out, "max-rare-other-letter-k-1000", weighted(new Random(4005), MAX, 'A', 0.98, "B"), 1000);
    }

    // ---------------------------------------------------------------- building tests

    static void add(TestWriter.Group out, String name, String s, int k) {
        if (s.length() < 1 || s.length() > MAX) {
            throw new IllegalStateException(name + ": s has length " + s.length());
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') {
                throw new IllegalStateException(name + ": s has '" + c + "' at " + i);
            }
        }
        if (k < 0 || k > s.length()) {
            throw new IllegalStateException(name + ": k = " + k + " with n = " + s.length());
        }
        int expected = characterReplacement(s, k);
        if (s.length() <= 3000) {
            int slow = bruteForce(s, k);
            if (slow != expected) {
                throw new IllegalStateException(name + ": reference says " + expected + ", brute force says " + slow);
            }
        }
        out.add(name, expected, s, k);
    }

    static String randomString(Random rnd, int length, String alphabet) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** Each letter is {@code main} with probability p, otherwise a random one of {@code others}. */
    static String weighted(Random rnd, int length, char main, double p, String others) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(rnd.nextDouble() < p ? main : others.charAt(rnd.nextInt(others.length())));
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- answers

    /** Copy of reference/Solution.java: a window that never shrinks, with the best count seen so far. */
    static int characterReplacement(String s, int k) {
        int[] count = new int[26];
        int best = 0;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            best = Math.max(best, ++count[s.charAt(right) - 'A']);
            if (right - left + 1 - best > k) {
                count[s.charAt(left) - 'A']--;
                left++;
            }
        }
        return s.length() - left;
    }

    /** Independent check: for every target letter and every start, extend while at most k letters differ. */
    static int bruteForce(String s, int k) {
        int best = 0;
        for (char target = 'A'; target <= 'Z'; target++) {
            for (int i = 0; i < s.length(); i++) {
                int changes = 0;
                int j = i;
                while (j < s.length() && changes + (s.charAt(j) == target ? 0 : 1) <= k) {
                    changes += s.charAt(j) == target ? 0 : 1;
                    j++;
                }
                best = Math.max(best, j - i);
            }
        }
        return best;
    }
}
