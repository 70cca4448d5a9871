/*
 * Writes the hidden tests of 76. Minimum Window Substring: tests/hidden/*.json.
 *
 * Run from the repository root:
 *
 *     java problems/0076-minimum-window-substring/generator/GenerateTests.java problems/0076-minimum-window-substring
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs
 * give byte-identical files. The expected answers come from this program's own copy of the
 * reference algorithm (the leftmost shortest window); every test with m <= 3000 is also checked
 * against a slow, independent brute force. Each input is checked against the constraints
 * (1 <= m, n <= 100000, letters A-Z and a-z only) and every name must be unique, examples included.
 *
 * The groups, and why each exists:
 *
 *   01-boundaries.json  Smallest and degenerate inputs: m = 1, n = 1, n > m, t equal to s or a
 *                       permutation of it, no window at all, the whole of s as the answer, the answer
 *                       at the very start or very end of s, duplicates in t, upper against lower case
 *                       of one letter, all 52 letters, s made of one letter. They reject off-by-one
 *                       ends, case folding, solutions that skip upper case, `null` for "no window",
 *                       and treating t as a set.
 *   02-tricky.json      Hand-made traps: the first covering window is not the shortest, ties between
 *                       shortest windows (any is accepted, the file stores the leftmost), surplus
 *                       copies to shrink past, case folding that would find a shorter window,
 *                       duplicates that a set would forget.
 *   03-random.json      Random small and medium inputs over small alphabets (many overlaps and
 *                       duplicates) and over all 52 letters; they catch whatever the hand-made tests
 *                       did not think of.
 *   04-max.json         m and n up to 100000. Windows that never close or span the whole of s make
 *                       every O(m^2) solution scan about m^2/2 characters; n = 100000 makes every
 *                       O(m*n) one do about 10^10 steps; t with 70000 or 100000 copies of one letter
 *                       overflows counters kept in `short` or `char`; a list of every covering window
 *                       blows past the memory limit.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

public class GenerateTests {

    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String ALL = UPPER + LOWER;
    static final int MAX = 100_000;

    record Test(String name, String s, String t, String expected) {}

    static final Set<String> NAMES = new HashSet<>(List.of("example-1", "example-2", "example-3"));

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java GenerateTests.java <problem directory>");
            System.exit(2);
        }
        Path hidden = Path.of(args[0]).resolve("tests").resolve("hidden");
        Files.createDirectories(hidden);
        List<String> written = new ArrayList<>();
        long bytes = 0;
        int count = 0;
        Object[][] groups = {
            {"01-boundaries.json", boundaries()},
            {"02-tricky.json", tricky()},
            {"03-random.json", random()},
            {"04-max.json", max()},
        };
        for (Object[] group : groups) {
            String file = (String) group[0];
            @SuppressWarnings("unchecked")
            List<Test> tests = (List<Test>) group[1];
            byte[] json = toJson(tests).getBytes(StandardCharsets.UTF_8);
            Files.write(hidden.resolve(file), json);
            written.add(file);
            bytes += json.length;
            count += tests.size();
            System.out.printf("%-20s %3d tests %9d bytes%n", file, tests.size(), json.length);
        }
        // Drop files of an older layout so that the directory holds exactly what this program makes.
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(hidden, "*.json")) {
            for (Path p : dir) {
                if (!written.contains(p.getFileName().toString())) {
                    Files.delete(p);
                    System.out.println("deleted stale " + p);
                }
            }
        }
        System.out.printf("%-20s %3d tests %9d bytes%n", "total", count, bytes);
    }

    // ---------------------------------------------------------------- groups

    static List<Test> boundaries() {
        List<Test> out = new ArrayList<>();
        add(out, "single-letter-match-upper", "Q", "Q");
        add(out, "single-letter-no-match", "a", "b");
        add(out, "single-letter-case-mismatch-lower-s", "a", "A");
        add(out, "single-letter-case-mismatch-upper-s", "Z", "z");
        add(out, "t-longer-than-s", "abc", "abcd");
        add(out, "t-longer-than-s-same-letter", "bbb", "bbbb");
        add(out, "t-longer-than-s-single-letter-s", "K", "KL");
        add(out, "t-equals-s", "HelloWorld", "HelloWorld");
        add(out, "t-is-permutation-of-s", "aAbBcCzZ", "ZzCcBbAa");
        add(out, "answer-is-whole-s", "Bcdefghijklmnopqrstuvwxy" + "A", "AB");
        add(out, "answer-at-start", "abcdefghij", "cba");
        add(out, "answer-at-end", "zzzyyyxxxwvuABC", "CAB");
        add(out, "one-letter-answer-at-start", "Baaaaaaaaa", "B");
        add(out, "one-letter-answer-at-end", "aaaaaaaaaaB", "B");
        add(out, "n1-letter-occurs-many-times", "xyzxyzxyz", "z");
        add(out, "t-letter-absent-from-s", LOWER, "abcZ");
        add(out, "t-needs-more-copies-than-s-has", "aXbXa", "aaa");
        add(out, "t-duplicates-spread-over-whole-s", "aXbXa", "aa");
        add(out, "upper-and-lower-of-one-letter", "aAaA", "AA");
        add(out, "case-sensitive-window", "aBcAbC", "ABC");
        add(out, "all-52-letters-exactly-once", shuffle(ALL, new Random(5201)), ALL);
        add(out, "all-52-letters-in-longer-s", withAllLetters(randomString(new Random(5202), 400, ALL)), ALL);
        add(out, "s-one-letter-t-same-letter", "mmmmmmmmmm", "mmm");
        add(out, "s-one-letter-t-other-case", "MMMMMMMM", "m");
        add(out, "range-edge-letters-aAzZ", "zZaAzzZZaa", "AZza");
        add(out, "s-and-t-upper-case-only", "QWERTYUIOPASDFGHJKLZXCVBNM", "MZQ");
        return out;
    }

    static List<Test> tricky() {
        List<Test> out = new ArrayList<>();
        add(out, "first-covering-window-not-shortest", "cabwefgewcwaefgcf", "cae");
        add(out, "shortest-window-found-late", "A" + rep('x', 20) + "B" + rep('x', 20) + "C" + "xxBAC", "ABC");
        add(out, "ties-two-shortest-windows", "abXXbaXXab", "ab");
        add(out, "ties-alternating-letters", "xyxyxyxy", "yx");
        add(out, "surplus-copies-on-left", "aaaaaaab", "ab");
        add(out, "surplus-copies-inside", "abbbbbac", "abc");
        add(out, "upper-case-letter-in-t-matters", "abcABC", "aA");
        add(out, "t-upper-case-only", "xxAyyBzzCxx", "CBA");
        add(out, "t-duplicate-needs-wider-window", "ABCBA", "AAB");
        add(out, "t-duplicates-mixed-case", "bbAaBBaAbb", "aaBB");
        add(out, "case-folding-would-find-shorter", "AbxxxxaB", "AB");
        add(out, "shrink-many-times", "aabbaabbaabbab", "abb");
        add(out, "answer-ends-at-last-letter", "xxxxBxxxAxxC", "CAB");
        add(out, "no-window-only-upper-copies", "ABCABC", "abc");
        add(out, "no-window-long-s", randomString(new Random(2001), 1000, "abcdefghijklmnopqrstuvwxy"), "z");
        add(out, "window-grows-after-shorter-one", "ab" + rep('c', 30) + "ba" + rep('c', 5) + "ab", "aab");
        add(out, "t-all-one-letter-s-mixed", "aXaYaZaaWa", "aaaa");
        add(out, "many-candidates-one-shortest", "AxxBxxCxxAxBCxxA", "ABC");
        return out;
    }

    static List<Test> random() {
        List<Test> out = new ArrayList<>();
        String[][] alphabets = {
            {"ab", "ab"}, {"aA", "aA"}, {"abc", "abc"}, {"aAbB", "aAbB"}, {"xyzXYZ", "xyzXYZ"},
            {"AZaz", "AZaz"}, {"all", ALL},
        };
        Random rnd = new Random(3001);
        int index = 0;
        for (int round = 0; round < 2; round++) {
            for (String[] alphabet : alphabets) {
                int m = 1 + rnd.nextInt(40);
                int n = 1 + rnd.nextInt(round == 1 ? 10 : 4);
                String s = randomString(rnd, m, alphabet[1]);
                String t = randomString(rnd, n, alphabet[1]);
                add(out, String.format("random-small-%s-%02d", alphabet[0], ++index), s, t);
            }
        }
        Random mid = new Random(3002);
        add(out, "random-medium-52-letters-t-10", randomString(mid, 3000, ALL), randomString(mid, 10, ALL));
        add(out, "random-medium-52-letters-t-80", randomString(mid, 3000, ALL), randomString(mid, 80, ALL));
        add(out, "random-medium-4-letters-t-200", randomString(mid, 3000, "aAbB"), randomString(mid, 200, "aAbB"));
        add(out, "random-medium-lower-s-upper-t", randomString(mid, 3000, LOWER), randomString(mid, 5, UPPER));
        String s = randomString(mid, 3000, ALL);
        add(out, "random-medium-t-shuffled-piece-of-s", s, shuffle(s.substring(1200, 1700), mid));
        add(out, "random-medium-2-letters-t-1500", randomString(mid, 3000, "pP"), randomString(mid, 1500, "pP"));
        return out;
    }

    static List<Test> max() {
        List<Test> out = new ArrayList<>();
        String noQ = ALL.replace("Q", "");
        add(out, "max-no-window-missing-letter", randomString(new Random(4001), MAX, noQ), "Q");
        add(out, "max-whole-s-two-z", "Z" + randomString(new Random(4002), MAX - 2, LOWER) + "Z", "ZZ");
        add(out, "max-answer-at-end", randomString(new Random(4003), MAX - 3, LOWER) + "XYZ", "ZYX");
        add(out, "max-answer-at-start", "XYZ" + randomString(new Random(4004), MAX - 3, LOWER), "YZX");
        add(out, "max-s-one-letter-t-other-case", rep('b', MAX), "B");
        add(out, "max-t-one-letter-100000", rep('x', MAX), rep('x', MAX));
        add(out, "max-t-70000-copies-of-one-letter", rep('a', MAX), rep('a', 70_000));
        add(out, "max-t-65536-copies-mixed-s", randomWeighted(new Random(4005), MAX, 'q', 0.8, "Q"), rep('q', 65_536));
        String s = randomString(new Random(4006), MAX, ALL);
        add(out, "max-m-n-t-is-permutation-of-s", s, shuffle(s, new Random(4007)));
        add(out, "max-all-52-letters-t", randomString(new Random(4008), MAX, ALL), ALL);
        add(out, "max-t-half-of-two-letters", randomString(new Random(4009), MAX, "ab"), rep('a', 25_000) + rep('b', 25_000));
        add(out, "max-t-longer-than-s", randomString(new Random(4010), MAX - 1, ALL), randomString(new Random(4011), MAX, ALL));
        // s mixes 'a' and 'A' at random and t asks for one 'a' more than s has: no window, and for a
        // brute force every step's "is this letter still needed?" is a coin flip the CPU cannot predict.
        String u = randomString(new Random(4012), MAX, "aA");
        long as = u.chars().filter(c -> c == 'a').count();
        add(out, "max-no-window-t-needs-one-more-a", u, rep('a', (int) as + 1));
        add(out, "max-t-20000-random-letters", randomString(new Random(4013), MAX, ALL), randomString(new Random(4014), 20_000, ALL));
        return out;
    }

    // ---------------------------------------------------------------- building tests

    static void add(List<Test> out, String name, String s, String t) {
        if (!name.matches("[a-z0-9]+(-[a-zA-Z0-9]+)*")) {
            throw new IllegalStateException("name is not kebab-case: " + name);
        }
        if (!NAMES.add(name)) {
            throw new IllegalStateException("duplicate test name: " + name);
        }
        checkInput(name, "s", s);
        checkInput(name, "t", t);
        String expected = minWindow(s, t);
        if (s.length() <= 3000) {
            String slow = bruteForce(s, t);
            if (!slow.equals(expected)) {
                throw new IllegalStateException(name + ": reference says \"" + expected + "\", brute force says \"" + slow + "\"");
            }
        }
        out.add(new Test(name, s, t, expected));
    }

    static void checkInput(String name, String what, String x) {
        if (x.length() < 1 || x.length() > MAX) {
            throw new IllegalStateException(name + ": " + what + " has length " + x.length());
        }
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                throw new IllegalStateException(name + ": " + what + " has '" + c + "' at " + i);
            }
        }
    }

    static String rep(char c, int count) {
        return String.valueOf(c).repeat(count);
    }

    static String randomString(Random rnd, int length, String alphabet) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** Each character is {@code main} with probability p, otherwise a random one of {@code others}. */
    static String randomWeighted(Random rnd, int length, char main, double p, String others) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(rnd.nextDouble() < p ? main : others.charAt(rnd.nextInt(others.length())));
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

    /** Replaces positions 100..151 of x with the 52 letters in shuffled order, so that x holds every letter. */
    static String withAllLetters(String x) {
        return x.substring(0, 100) + shuffle(ALL, new Random(5203)) + x.substring(152);
    }

    // ---------------------------------------------------------------- answers

    /** Copy of reference/Solution.java: the leftmost shortest covering window, O(m + n). */
    static String minWindow(String s, String t) {
        int m = s.length();
        int n = t.length();
        if (n > m) {
            return "";
        }
        int[] need = new int[128];
        for (int i = 0; i < n; i++) {
            need[t.charAt(i)]++;
        }
        int missing = n;
        int bestStart = 0;
        int bestLen = Integer.MAX_VALUE;
        int left = 0;
        for (int right = 0; right < m; right++) {
            if (need[s.charAt(right)]-- > 0) {
                missing--;
            }
            if (missing == 0) {
                while (need[s.charAt(left)] < 0) {
                    need[s.charAt(left)]++;
                    left++;
                }
                if (right - left + 1 < bestLen) {
                    bestLen = right - left + 1;
                    bestStart = left;
                }
                need[s.charAt(left)]++;
                left++;
                missing++;
            }
        }
        return bestLen == Integer.MAX_VALUE ? "" : s.substring(bestStart, bestStart + bestLen);
    }

    /** Independent check: for every start, the shortest covering window from there; keep the leftmost shortest. */
    static String bruteForce(String s, String t) {
        int[] need = new int[128];
        for (char c : t.toCharArray()) {
            need[c]++;
        }
        String best = "";
        for (int i = 0; i < s.length(); i++) {
            int[] have = new int[128];
            for (int j = i; j < s.length(); j++) {
                have[s.charAt(j)]++;
                boolean covers = true;
                for (int c = 0; c < 128; c++) {
                    if (have[c] < need[c]) {
                        covers = false;
                        break;
                    }
                }
                if (covers) {
                    if (best.isEmpty() || j - i + 1 < best.length()) {
                        best = s.substring(i, j + 1);
                    }
                    break;
                }
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- JSON

    static String toJson(List<Test> tests) {
        StringBuilder b = new StringBuilder("[\n");
        for (int i = 0; i < tests.size(); i++) {
            Test x = tests.get(i);
            b.append("{\"name\":").append(quote(x.name()))
                .append(",\"input\":{\"s\":").append(quote(x.s()))
                .append(",\"t\":").append(quote(x.t()))
                .append("},\"expected\":").append(quote(x.expected()))
                .append('}')
                .append(i + 1 < tests.size() ? ",\n" : "\n");
        }
        return b.append("]\n").toString();
    }

    static String quote(String x) {
        StringBuilder b = new StringBuilder(x.length() + 2).append('"');
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
