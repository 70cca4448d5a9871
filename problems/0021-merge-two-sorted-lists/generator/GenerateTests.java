/*
 * Writes the hidden tests of 21. Merge Two Sorted Lists: tests/hidden/*.json.
 *
 * Run from the repository root:
 *
 *     java problems/0021-merge-two-sorted-lists/generator/GenerateTests.java problems/0021-merge-two-sorted-lists
 *
 * Everything is deterministic (java.util.Random with literal seeds, fixed test order), so two runs give
 * byte-identical files. The expected answer is the two lists' values together, sorted (not a merge, so
 * independent of the reference). Every input is checked against the constraints (0 to 50 nodes per list,
 * values -100..100, each list in non-decreasing order) and every name must be unique, examples included.
 *
 * LeetCode's bounds are small (50 nodes), and they are kept: what the tests must reach is every shape,
 * not a size. The groups, and why each exists:
 *
 *   01-boundaries.json  empty lists, one node, 50 nodes each, values -100 and 100, all values equal.
 *   02-tricky.json      one list wholly before or after the other (a lost tail), ties across the lists
 *                       (a value kept once instead of twice), multi-digit and negative values (comparing
 *                       as strings), alternation, one long list and one short.
 *   03-random.json      random sorted lists of every length, over small value ranges (many ties) and the
 *                       whole range.
 *   04-max.json         50 and 50 nodes: all of list1 before list2 (trying every interleaving takes 10^29
 *                       steps), the reverse, perfect alternation, random.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class GenerateTests {

    static final int MAX_N = 50;
    static final int MIN_V = -100;
    static final int MAX_V = 100;

    record Test(String name, int[] list1, int[] list2) {}

    static final Set<String> NAMES = new HashSet<>(List.of("example-1", "example-2", "example-3"));

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java GenerateTests.java <problem directory>");
            System.exit(2);
        }
        Path hidden = Path.of(args[0]).resolve("tests").resolve("hidden");
        Files.createDirectories(hidden);
        List<String> written = new ArrayList<>();
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
            System.out.printf("%-20s %3d tests %9d bytes%n", file, tests.size(), json.length);
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(hidden, "*.json")) {
            for (Path p : dir) {
                if (!written.contains(p.getFileName().toString())) {
                    Files.delete(p);
                    System.out.println("deleted stale " + p);
                }
            }
        }
    }

    static List<Test> boundaries() {
        List<Test> out = new ArrayList<>();
        add(out, "both-empty-again", "", "");
        add(out, "first-empty-second-one", "", "-100");
        add(out, "first-one-second-empty", "100", "");
        add(out, "one-and-one-equal", "0", "0");
        add(out, "one-and-one-min-max", "100", "-100");
        add(out, "first-empty-second-max-length", "", range(-100, 50, 4));
        add(out, "first-max-length-second-empty", range(-100, 50, 4), "");
        add(out, "max-length-all-equal", repeat(7, 50), repeat(7, 50));
        add(out, "max-length-all-min", repeat(-100, 50), repeat(-100, 50));
        add(out, "max-length-all-max", repeat(100, 50), repeat(100, 50));
        return out;
    }

    static List<Test> tricky() {
        List<Test> out = new ArrayList<>();
        add(out, "first-wholly-before", "1 2 3", "4 5 6 7");
        add(out, "first-wholly-after", "5 6 7 8", "1 2");
        add(out, "longer-tail-in-first", "1 5 6 7 8 9", "2 3");
        add(out, "longer-tail-in-second", "1", "0 2 3 4 5");
        add(out, "ties-across-lists", "1 1 2 2", "1 2 2 3");
        add(out, "same-list-twice", "-3 0 4 4 9", "-3 0 4 4 9");
        add(out, "multi-digit-values", "9 10 11", "2 20 100");
        add(out, "negative-values", "-50 -6 -5", "-60 -7 -1 0");
        add(out, "negative-and-positive", "-100 -10 -1 0 1 10 100", "-99 -9 9 99");
        add(out, "alternating", "1 3 5 7 9", "2 4 6 8 10");
        add(out, "one-long-one-short", range(-100, 50, 4), "0");
        add(out, "short-first-long-second", "50", range(-100, 50, 4));
        add(out, "tie-at-the-end", "1", "1");
        return out;
    }

    static List<Test> random() {
        List<Test> out = new ArrayList<>();
        Random rnd = new Random(21);
        for (int i = 1; i <= 40; i++) {
            int spread = i % 2 == 0 ? 5 : MAX_V - MIN_V;
            int lo = MIN_V + rnd.nextInt(MAX_V - MIN_V - spread + 1);
            out.add(new Test(unique("random-" + i), sorted(rnd, rnd.nextInt(MAX_N + 1), lo, lo + spread),
                    sorted(rnd, rnd.nextInt(MAX_N + 1), lo, lo + spread)));
        }
        return out;
    }

    static List<Test> max() {
        List<Test> out = new ArrayList<>();
        Random rnd = new Random(2100);
        add(out, "max-first-all-before-second", repeat(-100, 50), repeat(100, 50));
        add(out, "max-second-all-before-first", range(1, 50, 2), range(-100, 50, 2));
        add(out, "max-perfect-alternation", range(-100, 50, 4), range(-98, 50, 4));
        out.add(new Test(unique("max-random-whole-range"), sorted(rnd, 50, MIN_V, MAX_V), sorted(rnd, 50, MIN_V, MAX_V)));
        out.add(new Test(unique("max-random-few-values"), sorted(rnd, 50, -2, 2), sorted(rnd, 50, -2, 2)));
        return out;
    }

    // ---------------------------------------------------------------- building and checking

    static String range(int from, int n, int step) {
        return IntStream.range(0, n).map(i -> from + i * step).mapToObj(String::valueOf).collect(Collectors.joining(" "));
    }

    static String repeat(int v, int n) {
        return IntStream.range(0, n).mapToObj(i -> String.valueOf(v)).collect(Collectors.joining(" "));
    }

    static int[] sorted(Random rnd, int n, int lo, int hi) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = lo + rnd.nextInt(hi - lo + 1);
        }
        Arrays.sort(a);
        return a;
    }

    static int[] parse(String text) {
        return text.isBlank() ? new int[0] : Arrays.stream(text.strip().split(" +")).mapToInt(Integer::parseInt).toArray();
    }

    static void add(List<Test> out, String name, String list1, String list2) {
        out.add(new Test(unique(name), parse(list1), parse(list2)));
    }

    static String unique(String name) {
        if (!NAMES.add(name)) {
            throw new IllegalStateException("duplicate test name " + name);
        }
        return name;
    }

    static void checkList(String name, int[] a) {
        if (a.length > MAX_N) {
            throw new IllegalStateException(name + ": " + a.length + " nodes");
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] < MIN_V || a[i] > MAX_V || (i > 0 && a[i - 1] > a[i])) {
                throw new IllegalStateException(name + ": value " + a[i] + " at " + i);
            }
        }
    }

    static int[] expected(Test t) {
        checkList(t.name(), t.list1());
        checkList(t.name(), t.list2());
        int[] all = IntStream.concat(Arrays.stream(t.list1()), Arrays.stream(t.list2())).toArray();
        Arrays.sort(all);
        return all;
    }

    static String array(int[] a) {
        return Arrays.stream(a).mapToObj(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    static String toJson(List<Test> tests) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < tests.size(); i++) {
            Test t = tests.get(i);
            sb.append("{\"name\":\"").append(t.name()).append("\",\"input\":{\"list1\":").append(array(t.list1()))
                    .append(",\"list2\":").append(array(t.list2())).append("},\"expected\":")
                    .append(array(expected(t))).append('}').append(i + 1 < tests.size() ? ",\n" : "\n");
        }
        return sb.append("]\n").toString();
    }
}
