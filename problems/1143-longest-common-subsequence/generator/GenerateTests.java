/*
 * Writes the hidden tests of 1143. Longest Common Subsequence: tests/hidden/*.json.
 *
 * Run from the judge's folder, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/1143-longest-common-subsequence/generator/GenerateTests.java problems/1143-longest-common-subsequence
 *
 * Deterministic (java.util.Random with literal seeds, fixed order): two runs give byte-identical files,
 * which are committed with this program. Expected answers come from a copy of the reference (the DP with
 * two rows) and are checked on every test against the full table, and for text1 of up to 12 characters
 * against every subsequence of text1. Each input is checked against the constraints (lengths 1..1000,
 * letters a-z).
 *
 * The groups, and why each exists:
 *   01-boundaries.json  one character each (equal and not), 1000 against 1, two identical strings of 1000,
 *                       no letter in common at full length, the letters a and z.
 *   02-tricky.json      an early match that blocks a longer one (rejects matching each character greedily
 *                       at its first place), the same letters in another order (rejects counting common
 *                       letters), gaps between the matched characters (rejects the longest common
 *                       substring).
 *   03-random.json      random strings over alphabets of 1 to 26 letters.
 *   04-max.json         1000 by 1000: random over 2 and 26 letters, a string against its reverse, disjoint
 *                       alphabets (a recursion without memory branches twice at every mismatch).
 */

import java.nio.file.Path;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final int MAX_LEN = 1000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "text1", "text2");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    static void boundaries(TestWriter.Group out) {
        add(out, "one-each-equal", "a", "a");
        add(out, "one-each-different", "a", "z");
        add(out, "long-against-one-present", randomString(new Random(1001), MAX_LEN, 26), "q");
        add(out, "one-against-long-absent", "a", "z".repeat(MAX_LEN));
        String same = randomString(new Random(1002), MAX_LEN, 26);
        add(out, "max-identical", same, same);
        add(out, "max-no-letter-in-common", "a".repeat(MAX_LEN), "z".repeat(MAX_LEN));
    }

    static void tricky(TestWriter.Group out) {
        add(out, "early-match-blocks-longer", "zabc", "abcz");
        add(out, "early-match-blocks-longer-2", "xyzabcd", "abcdxyz");
        add(out, "same-letters-other-order", "abc", "cba");
        add(out, "same-letters-other-order-longer", "abcdef", "fedcba");
        add(out, "gaps-between-matches", "axbxcxd", "abcd");
        add(out, "gaps-in-both", "aXbYc".toLowerCase(), "pawbvc");
        add(out, "repeated-letters", "aaaa", "aa");
        add(out, "interleaved", "ababab", "bababa");
        add(out, "subsequence-not-substring", "abcdefgh", "aceg");
        add(out, "shorter-second", "bsbininm", "jmjkbkjkv");
    }

    static void random(TestWriter.Group out) {
        Random rnd = new Random(3001);
        int[][] shapes = {{5, 5, 2}, {8, 10, 3}, {12, 12, 2}, {10, 7, 26}, {50, 60, 4}, {100, 80, 26}, {300, 500, 3}, {700, 1000, 26}};
        int index = 0;
        for (int[] shape : shapes) {
            add(out, String.format("random-%02d-%dx%d-letters%d", ++index, shape[0], shape[1], shape[2]),
                randomString(rnd, shape[0], shape[2]), randomString(rnd, shape[1], shape[2]));
        }
        add(out, String.format("random-%02d-one-letter", ++index), "a".repeat(37), "a".repeat(51));
    }

    static void max(TestWriter.Group out) {
        Random rnd = new Random(4001);
        add(out, "max-random-two-letters", randomString(rnd, MAX_LEN, 2), randomString(rnd, MAX_LEN, 2));
        add(out, "max-random-all-letters", randomString(rnd, MAX_LEN, 26), randomString(rnd, MAX_LEN, 26));
        String s = randomString(rnd, MAX_LEN, 26);
        add(out, "max-against-reverse", s, new StringBuilder(s).reverse().toString());
        StringBuilder half1 = new StringBuilder(), half2 = new StringBuilder();
        for (int i = 0; i < MAX_LEN; i++) {
            half1.append((char) ('a' + rnd.nextInt(13)));
            half2.append((char) ('n' + rnd.nextInt(13)));
        }
        add(out, "max-disjoint-alphabets", half1.toString(), half2.toString());
    }

    // ---------------------------------------------------------------- building tests

    static String randomString(Random rnd, int n, int letters) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + rnd.nextInt(letters)));
        }
        return sb.toString();
    }

    static void add(TestWriter.Group out, String name, String text1, String text2) {
        for (String s : new String[] {text1, text2}) {
            if (s.length() < 1 || s.length() > MAX_LEN || !s.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw new IllegalStateException(name + ": \"" + s + "\" breaks the constraints");
            }
        }
        int expected = longestCommonSubsequence(text1, text2);
        if (fullTable(text1, text2) != expected || (text1.length() <= 12 && everySubsequence(text1, text2) != expected)) {
            throw new IllegalStateException(name + ": reference and the independent answers disagree");
        }
        out.add(name, expected, text1, text2);
    }

    /** Copy of reference/Solution.java: the DP with two rows. */
    static int longestCommonSubsequence(String text1, String text2) {
        int m = text1.length(), n = text2.length();
        int[] prev = new int[n + 1];
        int[] cur = new int[n + 1];
        for (int i = 1; i <= m; i++) {
            char c = text1.charAt(i - 1);
            for (int j = 1; j <= n; j++) {
                cur[j] = c == text2.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[n];
    }

    /** Independent: the whole table, filled from the ends of the strings. */
    static int fullTable(String a, String b) {
        int[][] t = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--) {
            for (int j = b.length() - 1; j >= 0; j--) {
                t[i][j] = a.charAt(i) == b.charAt(j) ? 1 + t[i + 1][j + 1] : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }

    /** Independent: the longest subsequence of a that is also a subsequence of b. */
    static int everySubsequence(String a, String b) {
        int best = 0;
        for (int mask = 0; mask < (1 << a.length()); mask++) {
            int k = 0, matched = 0;
            boolean ok = true;
            for (int i = 0; i < a.length() && ok; i++) {
                if ((mask >> i & 1) != 0) {
                    while (k < b.length() && b.charAt(k) != a.charAt(i)) {
                        k++;
                    }
                    if (k == b.length()) {
                        ok = false;
                    } else {
                        k++;
                        matched++;
                    }
                }
            }
            if (ok) {
                best = Math.max(best, matched);
            }
        }
        return best;
    }
}
