/*
 * Writes the hidden tests of 567. Permutation in String: tests/hidden/*.json.
 *
 * Run from the repository root:
 *
 *     java -cp target/classes problems/0567-permutation-in-string/generator/GenerateTests.java problems/0567-permutation-in-string
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs
 * give byte-identical files, written by judge.authoring.TestWriter (on the class path from target/classes). The expected answers come from this program's own copy of the reference
 * algorithm; every test with m * n <= 10^7 is also checked against a slow, independent brute force that
 * sorts every window. Each input is checked against the constraints (1 <= m, n <= 10^4, letters a-z only)
 * and every name must be unique, examples included.
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  m = 1 and n = 1, s1 longer than s2, s1 equal to s2 or reversed, the permutation at
 *                       the very start or very end of s2, 'a' and 'z', all 26 letters. They reject a loop
 *                       that stops one window early and code that crashes when s1 does not fit in s2.
 *   02-tricky.json      Hand-made traps: a surplus letter inside a run that still holds a permutation
 *                       (rejects restarting the count on a surplus letter instead of sliding), the same
 *                       letters in other counts, letter-code sums that collide, permutations that are
 *                       neither s1 nor its reverse.
 *   03-random.json      Random small and medium strings over small alphabets, half with s1 cut from s2 and
 *                       shuffled (answer true), half drawn on their own (mostly false).
 *   04-max.json         m and n up to 10^4: permutations of s1 as long as s2, at the very end, one letter
 *                       off; s1 of 26 (or 13) different letters that s2 lacks, so that generating the
 *                       permutations of s1 (26! of them) can never finish.
 */

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import judge.authoring.TestWriter;

public class GenerateTests {

    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final int MAX = 10_000;

    record Test(String name, String s1, String s2, boolean expected) {}

    static final Set<String> NAMES = new HashSet<>(List.of("example-1", "example-2"));

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java GenerateTests.java <problem directory>");
            System.exit(2);
        }
        TestWriter out = new TestWriter(Path.of(args[0]), "s1", "s2");
        Object[][] groups = {
            {"01-boundaries.json", boundaries()},
            {"02-tricky.json", tricky()},
            {"03-random.json", random()},
            {"04-max.json", max()},
        };
        for (Object[] group : groups) {
            TestWriter.Group g = out.group((String) group[0]);
            @SuppressWarnings("unchecked")
            List<Test> tests = (List<Test>) group[1];
            for (Test t : tests) {
                g.add(t.name(), t.expected(), t.s1(), t.s2());
            }
        }
        out.write();
    }

    // ---------------------------------------------------------------- groups

    static List<Test> boundaries() {
        List<Test> out = new ArrayList<>();
        add(out, "one-letter-match", "a", "a");
        add(out, "one-letter-no-match", "a", "z");
        add(out, "one-letter-z-in-longer-s2", "z", "aaaaz");
        add(out, "s1-longer-than-s2-by-one", "abc", "ab");
        add(out, "s1-longer-one-letter-s2", "aa", "a");
        add(out, "s1-equals-s2", "listen", "listen");
        add(out, "s1-reversed-is-s2", "stressed", "desserts");
        add(out, "s1-permutation-of-s2", "silent", "listen");
        add(out, "permutation-at-start", "abc", "bcaxxxx");
        add(out, "permutation-at-end", "abc", "xxxxcab");
        add(out, "no-common-letter", "abc", "defghij");
        add(out, "s2-one-letter-s1-same-letter", "aaa", "aaaaaa");
        add(out, "s2-one-letter-s1-other-letter", "b", "aaaaaa");
        add(out, "all-26-letters-present", shuffle(LOWER, new Random(101)), "xyz" + shuffle(LOWER, new Random(102)) + "abc");
        add(out, "all-26-letters-s2-lacks-z", shuffle(LOWER, new Random(103)), LOWER.substring(0, 25).repeat(3));
        return out;
    }

    static List<Test> tricky() {
        List<Test> out = new ArrayList<>();
        add(out, "surplus-letter-then-permutation", "adc", "dcda");
        add(out, "surplus-letter-then-permutation-long", "abcd", "abcbdca");
        add(out, "surplus-copies-before-permutation", "ab", "aaab");
        add(out, "same-letters-other-counts", "aab", "abbb");
        add(out, "same-letters-other-counts-then-match", "aabb", "abbbabbbaaab");
        add(out, "letter-codes-add-up-bb-ac", "ac", "xbbx");
        add(out, "letter-codes-add-up-long", "bcd", "xbdbdx");
        add(out, "permutation-not-s1-nor-reverse", "abc", "xxbacxx");
        add(out, "letters-spread-no-permutation", "hello", "ooolleoooleh");
        add(out, "permutation-scrambled-middle", "hello", "xxlehloxx");
        add(out, "overlapping-near-misses", "abca", "abcbcabcbaca");
        add(out, "letters-present-never-adjacent", "ab", "axbxaxbx");
        return out;
    }

    static List<Test> random() {
        List<Test> out = new ArrayList<>();
        String[] alphabets = {"ab", "abc", "abcd", "xyz", LOWER};
        Random rnd = new Random(3001);
        int index = 0;
        for (int round = 0; round < 3; round++) {
            for (String alphabet : alphabets) {
                int n = 1 + rnd.nextInt(round == 0 ? 10 : 60);
                int m = 1 + rnd.nextInt(round == 2 ? 8 : 4);
                String s2 = randomString(rnd, n, alphabet);
                String s1 = randomString(rnd, m, alphabet);
                if (round == 1 && m <= n) {
                    // s1 cut from s2 and shuffled: the answer is true.
                    int from = rnd.nextInt(n - m + 1);
                    s1 = shuffle(s2.substring(from, from + m), rnd);
                }
                String name = String.format("random-small-%s-%02d", alphabet.length() == 26 ? "all" : alphabet, ++index);
                add(out, name, s1, s2);
            }
        }
        Random mid = new Random(3002);
        String s = randomString(mid, 3000, "abc");
        add(out, "random-medium-abc-s1-cut-from-s2", shuffle(s.substring(1500, 1530), mid), s);
        add(out, "random-medium-abc-s1-random-30", randomString(mid, 30, "abc"), s);
        String t = randomString(mid, 3000, LOWER);
        add(out, "random-medium-all-s1-cut-from-s2", shuffle(t.substring(2990), mid), t);
        add(out, "random-medium-ab-s1-200", randomString(mid, 200, "ab"), randomString(mid, 3000, "ab"));
        return out;
    }

    static List<Test> max() {
        List<Test> out = new ArrayList<>();
        String u = randomString(new Random(4001), MAX, LOWER);
        add(out, "max-s1-permutation-of-s2", shuffle(u, new Random(4002)), u);
        add(out, "max-s1-one-letter-off", shuffle(u.substring(1) + (u.charAt(0) == 'a' ? 'b' : 'a'), new Random(4003)), u);
        add(out, "max-s1-longer-than-s2", randomString(new Random(4004), MAX, LOWER), randomString(new Random(4005), MAX - 1, LOWER));
        add(out, "max-26-distinct-letters-absent", shuffle(LOWER, new Random(4006)), randomString(new Random(4007), MAX, LOWER.substring(0, 25)));
        add(out, "max-13-distinct-letters-absent", shuffle(LOWER.substring(0, 13), new Random(4008)),
            randomString(new Random(4009), MAX, LOWER.substring(1, 13)));
        String v = randomString(new Random(4010), MAX, LOWER.substring(0, 25));
        add(out, "max-permutation-at-the-end", shuffle(v.substring(MAX - 5000, MAX - 1) + "z", new Random(4011)),
            v.substring(0, MAX - 1) + "z");
        add(out, "max-one-letter-z-at-the-end", "z", "a".repeat(MAX - 1) + "z");
        add(out, "max-one-letter-s1-half", "a".repeat(MAX / 2), "a".repeat(MAX));
        add(out, "max-one-letter-s1-one-too-many", "a".repeat(MAX), "a".repeat(MAX - 1) + "b");
        String w = randomString(new Random(4012), MAX, "ab");
        add(out, "max-two-letters-s1-cut-from-s2", shuffle(w.substring(2500, 7500), new Random(4013)), w);
        add(out, "max-two-letters-s1-half-random", randomString(new Random(4014), MAX / 2, "ab"), w);
        return out;
    }

    // ---------------------------------------------------------------- building tests

    static void add(List<Test> out, String name, String s1, String s2) {
        if (!name.matches("[a-z0-9]+(-[a-zA-Z0-9]+)*")) {
            throw new IllegalStateException("name is not kebab-case: " + name);
        }
        if (!NAMES.add(name)) {
            throw new IllegalStateException("duplicate test name: " + name);
        }
        checkInput(name, "s1", s1);
        checkInput(name, "s2", s2);
        boolean expected = checkInclusion(s1, s2);
        if ((long) s1.length() * s2.length() <= 10_000_000L) {
            boolean slow = bruteForce(s1, s2);
            if (slow != expected) {
                throw new IllegalStateException(name + ": reference says " + expected + ", brute force says " + slow);
            }
        }
        out.add(new Test(name, s1, s2, expected));
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

    /** Copy of reference/Solution.java: a fixed-size window with 26 counters of the difference to s1. */
    static boolean checkInclusion(String s1, String s2) {
        int m = s1.length();
        int n = s2.length();
        if (m > n) {
            return false;
        }
        int[] diff = new int[26];
        for (int i = 0; i < m; i++) {
            diff[s2.charAt(i) - 'a']++;
            diff[s1.charAt(i) - 'a']--;
        }
        int unequal = 0;
        for (int d : diff) {
            if (d != 0) {
                unequal++;
            }
        }
        for (int right = m; right < n && unequal > 0; right++) {
            unequal += change(diff, s2.charAt(right) - 'a', +1);
            unequal += change(diff, s2.charAt(right - m) - 'a', -1);
        }
        return unequal == 0;
    }

    static int change(int[] diff, int c, int delta) {
        int before = diff[c];
        diff[c] += delta;
        if (before == 0) {
            return 1;
        }
        return diff[c] == 0 ? -1 : 0;
    }

    /** Independent check: sort every window of s2 and compare it with s1 sorted. */
    static boolean bruteForce(String s1, String s2) {
        char[] target = s1.toCharArray();
        Arrays.sort(target);
        for (int i = 0; i + s1.length() <= s2.length(); i++) {
            char[] window = s2.substring(i, i + s1.length()).toCharArray();
            Arrays.sort(window);
            if (Arrays.equals(window, target)) {
                return true;
            }
        }
        return false;
    }
}
