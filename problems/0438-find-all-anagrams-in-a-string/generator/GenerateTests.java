/*
 * Writes the hidden tests of 438. Find All Anagrams in a String: tests/hidden/*.json.
 *
 * Run from the repository root, with the judge built (./judge or mvn package; for judge.authoring.TestWriter):
 *
 *     java -cp target/classes problems/0438-find-all-anagrams-in-a-string/generator/GenerateTests.java \
 *         problems/0438-find-all-anagrams-in-a-string
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs
 * give byte-identical files. The expected answers (start indices in increasing order; the checker
 * accepts any order) come from this program's own copy of the reference algorithm; every test with
 * n * m <= 10^7 is also checked against a slow, independent brute force that sorts every window. Each
 * input is checked against the constraints (1 <= n, m <= 30000, letters a-z only) and every name must
 * be unique, examples included.
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  n = 1 and m = 1, p longer than s, p equal to s or a permutation of it, anagrams
 *                       at the very start and the very end of s, no anagram at all, the letters 'a' and
 *                       'z', all 26 letters. They reject a loop that stops one window early and answers
 *                       that crash or return garbage when p is longer than s.
 *   02-tricky.json      Hand-made traps: the same letters in other counts ("abb" against "aab"), windows
 *                       whose letter codes add up to p's ("bb" against "ac"), overlapping anagrams, one
 *                       letter repeated.
 *   03-random.json      Random small and medium strings over small alphabets (many anagrams), some with p
 *                       cut from s and shuffled (at least one anagram).
 *   04-max.json         n and m up to 30000. m = n / 2 makes every solution that rebuilds or sorts each
 *                       window do about 2.25 * 10^8 letter operations, with boxing or sorting on top;
 *                       p with many distinct letters defeats generating p's permutations; answers with
 *                       up to 30000 indices.
 */

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final int MAX = 30_000;

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/classes GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "s", "p");
        boundaries(out.group("01-boundaries.json"));
        tricky(out.group("02-tricky.json"));
        random(out.group("03-random.json"));
        max(out.group("04-max.json"));
        out.write();
    }

    // ---------------------------------------------------------------- groups

    static void boundaries(TestWriter.Group out) {
        add(out, "one-letter-match", "a", "a");
        add(out, "one-letter-no-match", "a", "z");
        add(out, "one-letter-z-match", "z", "z");
        add(out, "p-longer-than-s-by-one", "ab", "abc");
        add(out, "p-longer-than-s-one-letter-s", "a", "aa");
        add(out, "p-equals-s", "listen", "listen");
        add(out, "p-is-permutation-of-s", "silent", "listen");
        add(out, "anagram-at-start-only", "abcxxxx", "cab");
        add(out, "anagram-at-end-only", "xxxxabc", "bca");
        add(out, "anagram-at-both-ends", "abxxxba", "ab");
        add(out, "no-anagram", "abcdefg", "hij");
        add(out, "p-one-letter-many-matches", "azazaz", "z");
        add(out, "all-26-letters", shuffle(LOWER, new Random(101)) + shuffle(LOWER, new Random(102)), LOWER);
        add(out, "s-one-letter-p-same-letter", "aaaaaa", "aaa");
        add(out, "s-one-letter-p-other-letter", "aaaaaa", "b");
    }

    static void tricky(TestWriter.Group out) {
        add(out, "same-letters-other-counts", "abbaab", "aab");
        add(out, "same-letter-set-never-anagram", "abbbabbb", "aab");
        add(out, "letter-codes-add-up-bb-ac", "bbxacx", "ac");
        add(out, "letter-codes-add-up-long", "bdbdxacex", "bcd");
        add(out, "overlapping-anagrams", "abcabcabc", "abc");
        add(out, "duplicates-in-p", "aabbaabb", "abab");
        add(out, "window-slides-past-extra-copy", "aaab", "ab");
        add(out, "repeated-pattern-no-match", "abababab", "aa");
        add(out, "almost-anagram-everywhere", "abcdabcdabcd", "abce");
        add(out, "p-longer-pattern", "cbaebabacd", "abcd");
    }

    static void random(TestWriter.Group out) {
        String[] alphabets = {"ab", "abc", "abcd", "xyz", LOWER};
        Random rnd = new Random(3001);
        int index = 0;
        for (int round = 0; round < 3; round++) {
            for (String alphabet : alphabets) {
                int n = 1 + rnd.nextInt(round == 0 ? 10 : 60);
                int m = 1 + rnd.nextInt(round == 2 ? 8 : 4);
                String name = String.format("random-small-%s-%02d", alphabet.length() == 26 ? "all" : alphabet, ++index);
                String s = randomString(rnd, n, alphabet);
                String p = randomString(rnd, m, alphabet);
                if (round == 1 && m <= n) {
                    // p cut from s and shuffled: at least one anagram.
                    int from = rnd.nextInt(n - m + 1);
                    p = shuffle(s.substring(from, from + m), rnd);
                }
                add(out, name, s, p);
            }
        }
        Random mid = new Random(3002);
        String s = randomString(mid, 3000, "abc");
        add(out, "random-medium-abc-p-cut-from-s", s, shuffle(s.substring(1000, 1012), mid));
        String t = randomString(mid, 3000, LOWER);
        add(out, "random-medium-all-p-cut-from-s", t, shuffle(t.substring(2000, 2005), mid));
        add(out, "random-medium-ab-p-200", randomString(mid, 3000, "ab"), randomString(mid, 200, "ab"));
        add(out, "random-medium-two-letters-p-2", randomString(mid, 3000, "pq"), "pq");
    }

    static void max(TestWriter.Group out) {
        add(out, "max-one-letter-p-half", rep('a', MAX), rep('a', MAX / 2));
        add(out, "max-one-letter-p-one-letter", rep('z', MAX), "z");
        String u = randomString(new Random(4001), MAX, LOWER);
        add(out, "max-s-and-p-permutations", u, shuffle(u, new Random(4012)));
        add(out, "max-p-longer-than-s", randomString(new Random(4002), MAX - 1, LOWER), randomString(new Random(4003), MAX, LOWER));
        // p of 15000 letters with all 26 letters: no anagram anywhere, every window rebuilt or sorted in full.
        add(out, "max-half-window-no-anagram", randomString(new Random(4004), MAX, LOWER.substring(0, 25)),
            shuffle(randomString(new Random(4005), MAX / 2 - 1, LOWER.substring(0, 25)) + "z", new Random(4006)));
        String s = randomString(new Random(4007), MAX, "ab");
        add(out, "max-two-letters-p-cut-from-s", s, shuffle(s.substring(7000, 22000), new Random(4008)));
        String t = cycle(LOWER, MAX);
        add(out, "max-alphabet-cycled-p-26", t, shuffle(LOWER, new Random(4009)));
        add(out, "max-alphabet-cycled-p-half", t, shuffle(t.substring(3, 15003), new Random(4010)));
        add(out, "max-random-p-one-letter", randomString(new Random(4011), MAX, LOWER), "q");
    }

    // ---------------------------------------------------------------- building tests

    static void add(TestWriter.Group out, String name, String s, String p) {
        checkInput(name, "s", s);
        checkInput(name, "p", p);
        List<Integer> expected = findAnagrams(s, p);
        if ((long) s.length() * p.length() <= 10_000_000L) {
            List<Integer> slow = bruteForce(s, p);
            if (!slow.equals(expected)) {
                throw new IllegalStateException(name + ": reference says " + expected + ", brute force says " + slow);
            }
        }
        out.add(name, expected, s, p);
    }

    static void checkInput(String name, String what, String x) {
        if (x.length() < 1 || x.length() > MAX) {
            throw new IllegalStateException(name + ": " + what + " has length " + x.length());
        }
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if (c < 'a' || c > 'z') {
                throw new IllegalStateException(name + ": " + what + " has '" + c + "' at " + i);
            }
        }
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

    /** Copy of reference/Solution.java: a fixed-size window with 26 counters of the difference to p. */
    static List<Integer> findAnagrams(String s, String p) {
        int n = s.length();
        int m = p.length();
        List<Integer> starts = new ArrayList<>();
        if (m > n) {
            return starts;
        }
        int[] diff = new int[26];
        for (int i = 0; i < m; i++) {
            diff[s.charAt(i) - 'a']++;
            diff[p.charAt(i) - 'a']--;
        }
        int unequal = 0;
        for (int d : diff) {
            if (d != 0) {
                unequal++;
            }
        }
        if (unequal == 0) {
            starts.add(0);
        }
        for (int right = m; right < n; right++) {
            unequal += change(diff, s.charAt(right) - 'a', +1);
            unequal += change(diff, s.charAt(right - m) - 'a', -1);
            if (unequal == 0) {
                starts.add(right - m + 1);
            }
        }
        return starts;
    }

    static int change(int[] diff, int c, int delta) {
        int before = diff[c];
        diff[c] += delta;
        if (before == 0) {
            return 1;
        }
        return diff[c] == 0 ? -1 : 0;
    }

    /** Independent check: sort every window of s and compare it with p sorted. */
    static List<Integer> bruteForce(String s, String p) {
        char[] target = p.toCharArray();
        Arrays.sort(target);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + p.length() <= s.length(); i++) {
            char[] window = s.substring(i, i + p.length()).toCharArray();
            Arrays.sort(window);
            if (Arrays.equals(window, target)) {
                starts.add(i);
            }
        }
        return starts;
    }
}
