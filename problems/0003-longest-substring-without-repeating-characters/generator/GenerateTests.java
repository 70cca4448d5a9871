/*
 * Writes the hidden tests of 3. Longest Substring Without Repeating Characters: tests/hidden/*.json.
 *
 * Run from the repository root, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0003-longest-substring-without-repeating-characters/generator/GenerateTests.java \
 *         problems/0003-longest-substring-without-repeating-characters
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs
 * give byte-identical files. The expected answers come from this program's own copy of the
 * reference algorithm; every test with n <= 3000 is also checked against a slow, independent brute
 * force. Each input is checked against the constraints (0 <= n <= 50000, printable ASCII ' '..'~')
 * and every name must be unique, examples included.
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  n = 0 and n = 1, the lowest (' ') and highest ('~') allowed characters, all 95
 *                       printable characters, spaces, quotes and backslashes, upper against lower case,
 *                       the longest run at the very start or very end. They reject solutions that only
 *                       know lower-case letters, fold case, or forget the window still open at the end.
 *   02-tricky.json      Hand-made traps: a copy seen before the window began must not pull the left end
 *                       back ("abba", "tmmzuxt"), off-by-one lengths, repeats right next to each other.
 *   03-random.json      Random small and medium strings over small alphabets and over all 95 characters.
 *   04-max.json         n = 50000. One character repeated makes every all-pairs brute force check about
 *                       n^2 / 2 = 1.25 * 10^9 substrings; indices past 32767 break last-seen positions
 *                       kept in a short[].
 */

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final String PRINTABLE = printable();
    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final int MAX = 50_000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "s");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    // ---------------------------------------------------------------- groups

    static void boundaries(TestWriter.Group out) {
        add(out, "empty-string", "");
        add(out, "single-letter", "a");
        add(out, "single-space", " ");
        add(out, "single-tilde-highest-char", "~");
        add(out, "two-equal-letters", "zz");
        add(out, "two-different-letters", "zy");
        add(out, "only-spaces", "     ");
        add(out, "space-is-a-character", "a b c");
        add(out, "letters-around-one-space", "ab cd");
        add(out, "upper-and-lower-case-differ", "aA");
        add(out, "case-sensitive-run", "AbCdaBcD");
        add(out, "digits-only", "0123456789");
        add(out, "symbols-only", "!@#$%^&*()!@#");
        add(out, "quotes-and-backslashes", "\"\\'\"\\'");
        add(out, "lowest-and-highest-chars", " ~ ~");
        add(out, "all-95-printable-once", shuffle(PRINTABLE, new Random(101)));
        add(out, "all-95-printable-plus-repeat", shuffle(PRINTABLE, new Random(102)) + "x");
        add(out, "all-95-printable-in-order-twice", PRINTABLE + PRINTABLE);
        add(out, "longest-run-at-start", "abcdefgg");
        add(out, "longest-run-at-end", "aaaabcdefg");
        add(out, "whole-string-distinct", "qwertyuiop");
        add(out, "uppercase-only-run", "ZYXWVUTSRQPONMLKJIHGFEDCBAZ");
    }

    static void tricky(TestWriter.Group out) {
        add(out, "abba-old-copy-before-window", "abba");
        add(out, "tmmzuxt-old-copy-before-window", "tmmzuxt");
        add(out, "dvdf-restart-after-first", "dvdf");
        add(out, "repeat-far-back-then-long-run", "abcdeafghijb");
        add(out, "adjacent-repeat-at-start", "aab");
        add(out, "adjacent-repeat-at-end", "cdd");
        add(out, "repeat-ends-whole-run", "abcdefgha");
        add(out, "alternating-two-letters", "abababab");
        add(out, "palindrome", "abcdcba");
        add(out, "nested-repeats", "abcbdefcgh");
        add(out, "space-repeated-far-apart", "a bcdefgh i");
        add(out, "mixed-symbols-and-letters", "a1!A1@b2#B");
        add(out, "long-run-then-short-runs", "0123456789aabbccdd");
        add(out, "short-runs-then-long-run", "aabbccdd0123456789");
        add(out, "old-copies-outside-window", "abcdefghijklmnopqrstuvwxyzzyxwvutsrqponmlkjihgfedcba");
    }

    static void random(TestWriter.Group out) {
        String[][] alphabets = {
            {"ab", "ab"}, {"abc", "abc"}, {"aA", "aA"}, {"digits", "0123456789"}, {"space-and-ab", " ab"},
            {"lower", LOWER}, {"all", PRINTABLE},
        };
        Random rnd = new Random(3001);
        int index = 0;
        for (int round = 0; round < 2; round++) {
            for (String[] alphabet : alphabets) {
                int n = 1 + rnd.nextInt(round == 0 ? 12 : 60);
                add(out, String.format("random-small-%s-%02d", alphabet[0], ++index), randomString(rnd, n, alphabet[1]));
            }
        }
        Random mid = new Random(3002);
        add(out, "random-medium-all-printable", randomString(mid, 3000, PRINTABLE));
        add(out, "random-medium-lower", randomString(mid, 3000, LOWER));
        add(out, "random-medium-letters-and-space", randomString(mid, 3000, LOWER + UPPER + " "));
        add(out, "random-medium-mostly-distinct-blocks", blocks(mid, 3000));
    }

    static void max(TestWriter.Group out) {
        add(out, "max-one-letter", rep('a', MAX));
        add(out, "max-only-spaces", rep(' ', MAX));
        add(out, "max-two-letters-alternating", "ab".repeat(MAX / 2));
        add(out, "max-printable-cycled", cycle(PRINTABLE, MAX));
        add(out, "max-random-all-printable", randomString(new Random(4001), MAX, PRINTABLE));
        add(out, "max-random-two-letters", randomString(new Random(4002), MAX, "xy"));
        add(out, "max-random-digits", randomString(new Random(4003), MAX, "0123456789"));
        // The only run of 95 distinct characters is the last one: last-seen positions kept in a short[]
        // wrap around past index 32767 and move the left end to the wrong place.
        add(out, "max-long-run-at-end", rep('~', MAX - PRINTABLE.length()) + shuffle(PRINTABLE, new Random(4004)));
        add(out, "max-long-run-at-start", shuffle(PRINTABLE, new Random(4005)) + rep('~', MAX - PRINTABLE.length()));
        add(out, "max-long-run-in-the-middle-after-32768",
            rep('!', 40_000) + shuffle(PRINTABLE.replace("!", ""), new Random(4006)) + rep('!', MAX - 40_000 - 94));
        add(out, "max-random-blocks", blocks(new Random(4007), MAX));
    }

    // ---------------------------------------------------------------- building tests

    static void add(TestWriter.Group out, String name, String s) {
        if (s.length() > MAX) {
            throw new IllegalStateException(name + ": s has length " + s.length());
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~') {
                throw new IllegalStateException(name + ": s has U+" + Integer.toHexString(c) + " at " + i);
            }
        }
        int expected = lengthOfLongestSubstring(s);
        if (s.length() <= 3000) {
            int slow = bruteForce(s);
            if (slow != expected) {
                throw new IllegalStateException(name + ": reference says " + expected + ", brute force says " + slow);
            }
        }
        out.add(name, expected, (Object) s);
    }

    static String printable() {
        StringBuilder b = new StringBuilder();
        for (char c = ' '; c <= '~'; c++) {
            b.append(c);
        }
        return b.toString();
    }

    static String rep(char c, int count) {
        return String.valueOf(c).repeat(count);
    }

    static String cycle(String x, int length) {
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            b.append(x, 0, Math.min(x.length(), length - b.length()));
        }
        return b.toString();
    }

    static String randomString(Random rnd, int length, String alphabet) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** Runs of distinct printable characters, 1 to 95 long, one after another: many long candidate windows. */
    static String blocks(Random rnd, int length) {
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            String run = shuffle(PRINTABLE, rnd).substring(0, 1 + rnd.nextInt(PRINTABLE.length()));
            b.append(run, 0, Math.min(run.length(), length - b.length()));
        }
        return b.toString();
    }

    static String shuffle(String x, Random rnd) {
        char[] a = x.toCharArray();
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            char tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
        return new String(a);
    }

    // ---------------------------------------------------------------- answers

    /** Copy of reference/Solution.java: a window whose left end jumps past the last copy of s[right]. */
    static int lengthOfLongestSubstring(String s) {
        int[] next = new int[128];
        int best = 0;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            left = Math.max(left, next[c]);
            next[c] = right + 1;
            best = Math.max(best, right - left + 1);
        }
        return best;
    }

    /** Independent check: from every start, extend while no character repeats. */
    static int bruteForce(String s) {
        int best = 0;
        for (int i = 0; i < s.length(); i++) {
            Set<Character> seen = new HashSet<>();
            int j = i;
            while (j < s.length() && seen.add(s.charAt(j))) {
                j++;
            }
            best = Math.max(best, j - i);
        }
        return best;
    }
}
