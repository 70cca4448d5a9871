/*
 * The "no judge" floor for 76. Minimum Window Substring: calls a Solution directly, in this JVM,
 * with no sandbox, no child process and no value conversion, and times each call.
 *
 *     javac -d OUT Solution.java bench/floor/Floor.java
 *     java -cp OUT Floor problems/0076-minimum-window-substring/tests [--per-test] [--only NAME] [--warmup N] [--slow-ms MS]
 *
 * Reads TESTS/examples.json and TESTS/hidden/*.json (sorted by file name), each a JSON array of
 * {"name": ..., "input": {"s": ..., "t": ...}, "expected": ...}. For each test it makes a new
 * Solution, calls minWindow(s, t) and checks the answer: it must be a string of the expected length
 * that occurs in s and covers t (any shortest window is right). It prints a line for every failing
 * test and every test slower than --slow-ms (default 1000, the problem's per-test floor), then
 *
 *     N/M passed, total X ms, max test Y ms (name)
 *
 * and exits 0 when every test passed (slow tests still pass), 1 otherwise.
 *
 *   --per-test   print every test's time
 *   --only NAME  run only the tests whose name contains NAME
 *   --warmup N   run all selected tests N times untimed first (warms up the JIT)
 *
 * JDK only, default package, no judge code.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

public class Floor {

    record Test(String file, String name, String s, String t, String expected) {}

    public static void main(String[] args) throws IOException {
        Path dir = null;
        boolean perTest = false;
        String only = null;
        int warmup = 0;
        long slowMs = 1000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--per-test" -> perTest = true;
                case "--only" -> only = args[++i];
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--slow-ms" -> slowMs = Long.parseLong(args[++i]);
                default -> dir = Path.of(args[i]);
            }
        }
        if (dir == null) {
            System.err.println("usage: java Floor TESTS_DIR [--per-test] [--only NAME] [--warmup N] [--slow-ms MS]");
            System.exit(2);
        }

        List<Test> tests = new ArrayList<>();
        read(dir.resolve("examples.json"), tests);
        Path hidden = dir.resolve("hidden");
        if (Files.isDirectory(hidden)) {
            try (Stream<Path> files = Files.list(hidden)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    read(p, tests);
                }
            }
        }
        if (only != null) {
            String part = only;
            tests.removeIf(x -> !x.name().contains(part));
        }

        for (int round = 0; round < warmup; round++) {
            for (Test x : tests) {
                try {
                    new Solution().minWindow(x.s(), x.t());
                } catch (Throwable ignored) {
                    // reported by the timed run
                }
            }
        }

        int passed = 0;
        long totalNanos = 0;
        long maxNanos = -1;
        String maxName = "-";
        for (Test x : tests) {
            String answer = null;
            Throwable thrown = null;
            long start = System.nanoTime();
            try {
                answer = new Solution().minWindow(x.s(), x.t());
            } catch (Throwable e) {
                thrown = e;
            }
            long nanos = System.nanoTime() - start;
            totalNanos += nanos;
            if (nanos > maxNanos) {
                maxNanos = nanos;
                maxName = x.name();
            }
            String problem = thrown != null ? "threw " + thrown : check(x, answer);
            String where = x.file() + " " + x.name();
            String time = String.format("%.1f ms", nanos / 1e6);
            if (problem == null) {
                passed++;
                if (perTest || nanos / 1_000_000 >= slowMs) {
                    System.out.println((nanos / 1_000_000 >= slowMs ? "SLOW " : "ok   ") + where + " " + time);
                }
            } else {
                System.out.println("FAIL " + where + " " + time + ": " + problem);
            }
            System.out.flush();
        }
        System.out.printf("%d/%d passed, total %d ms, max test %.1f ms (%s)%n",
            passed, tests.size(), totalNanos / 1_000_000, maxNanos / 1e6, maxName);
        System.exit(passed == tests.size() ? 0 : 1);
    }

    /** Null when the answer is a shortest covering window of s, else what is wrong with it. */
    static String check(Test x, String answer) {
        if (answer == null) {
            return "returned null";
        }
        if (answer.length() != x.expected().length()) {
            return "length " + answer.length() + ", expected " + x.expected().length() + " (" + brief(answer) + ")";
        }
        if (answer.isEmpty()) {
            return null; // expected is "" too: there is no window
        }
        if (!x.s().contains(answer)) {
            return brief(answer) + " is not a substring of s";
        }
        Map<Character, Integer> need = new LinkedHashMap<>();
        for (char c : x.t().toCharArray()) {
            need.merge(c, 1, Integer::sum);
        }
        for (char c : answer.toCharArray()) {
            need.computeIfPresent(c, (k, v) -> v - 1);
        }
        for (Map.Entry<Character, Integer> e : need.entrySet()) {
            if (e.getValue() > 0) {
                return "misses " + e.getValue() + " of '" + e.getKey() + "' (" + brief(answer) + ")";
            }
        }
        return null;
    }

    static String brief(String x) {
        return x.length() <= 40 ? "\"" + x + "\"" : "\"" + x.substring(0, 40) + "…\" (" + x.length() + " chars)";
    }

    // ---------------------------------------------------------------- a minimal JSON reader

    static void read(Path file, List<Test> out) throws IOException {
        Json json = new Json(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        String fileName = file.getFileName().toString();
        for (Object o : (List<?>) json.document()) {
            Map<?, ?> test = (Map<?, ?>) o;
            Map<?, ?> input = (Map<?, ?>) test.get("input");
            out.add(new Test(fileName, (String) test.get("name"), (String) input.get("s"), (String) input.get("t"),
                (String) test.get("expected")));
        }
    }

    /** Just enough JSON for the test files: arrays, objects, strings (and null/true/false/numbers, unused). */
    static final class Json {
        final String text;
        final String source;
        int pos;

        Json(String text, String source) {
            this.text = text;
            this.source = source;
        }

        Object document() {
            Object v = value();
            space();
            if (pos != text.length()) {
                throw error("trailing text");
            }
            return v;
        }

        Object value() {
            space();
            if (pos >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(pos);
            if (c == '[') {
                pos++;
                List<Object> list = new ArrayList<>();
                space();
                if (peek() == ']') {
                    pos++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    space();
                    char d = next();
                    if (d == ']') {
                        return list;
                    }
                    if (d != ',') {
                        throw error("expected , or ]");
                    }
                }
            }
            if (c == '{') {
                pos++;
                Map<String, Object> map = new LinkedHashMap<>();
                space();
                if (peek() == '}') {
                    pos++;
                    return map;
                }
                while (true) {
                    space();
                    if (peek() != '"') {
                        throw error("expected a key");
                    }
                    String key = string();
                    space();
                    if (next() != ':') {
                        throw error("expected :");
                    }
                    map.put(key, value());
                    space();
                    char d = next();
                    if (d == '}') {
                        return map;
                    }
                    if (d != ',') {
                        throw error("expected , or }");
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = pos;
            while (pos < text.length() && "{}[],: \t\r\n".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
            String word = text.substring(start, pos);
            switch (word) {
                case "null": return null;
                case "true": return Boolean.TRUE;
                case "false": return Boolean.FALSE;
                default:
                    try {
                        return Double.parseDouble(word);
                    } catch (NumberFormatException e) {
                        pos = start;
                        throw error("unexpected '" + word + "'");
                    }
            }
        }

        String string() {
            pos++; // opening quote
            StringBuilder b = new StringBuilder();
            while (true) {
                int quote = text.indexOf('"', pos);
                int slash = text.indexOf('\\', pos);
                if (quote < 0) {
                    throw error("unterminated string");
                }
                if (slash < 0 || quote < slash) {
                    b.append(text, pos, quote);
                    pos = quote + 1;
                    return b.toString();
                }
                b.append(text, pos, slash);
                pos = slash + 1;
                char e = next();
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> throw error("bad escape \\" + e);
                }
            }
        }

        void space() {
            while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }

        char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        char next() {
            if (pos >= text.length()) {
                throw error("unexpected end");
            }
            return text.charAt(pos++);
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(source + " at offset " + pos + ": " + what);
        }
    }
}
