package judge.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a problem package's hidden tests, for the package's generator: test files in the layout the judge
 * reads ({@code tests/hidden/NN-group.json}, one test per line), test names checked (kebab-case, unique,
 * none the same as an example's), each file replaced whole, and files of an older layout removed, so that
 * {@code tests/hidden/} holds exactly what the generator makes.
 *
 * <p>JDK only, so that a generator launched as a single source file can use it with the judge's classes on
 * its class path:
 *
 * <pre>
 * java -cp target/classes problems/0200-number-of-islands/generator/GenerateTests.java problems/0200-number-of-islands
 * </pre>
 *
 * <pre>
 * TestWriter out = new TestWriter(Path.of(args[0]), "nums", "k");
 * TestWriter.Group g = out.group("01-boundaries.json");
 * g.add("one-element", 1L, new int[] {5}, 1);     // name, expected answer, then the arguments in order
 * out.write();
 * </pre>
 *
 * <p>Values are written as LeetCode's JSON: numbers, booleans, {@code null}, strings (a {@code char} is a
 * one-letter string), and arrays for Java arrays and collections at any depth. {@link #raw(String)} passes
 * JSON that the generator has already written.
 */
public final class TestWriter {
    private static final Pattern EXAMPLE_NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"\\\\]*)\"");
    private static final String NAME = "[a-z0-9]+(-[a-zA-Z0-9]+)*";

    private final Path problemDir;
    private final List<String> params;
    private final Set<String> names = new HashSet<>();
    private final List<Group> groups = new ArrayList<>();

    /**
     * A writer for the package in {@code problemDir} whose method takes {@code params}, in order. The names
     * of the examples in {@code tests/examples.json}, if it exists, are taken: a hidden test may not reuse one.
     */
    public TestWriter(Path problemDir, String... params) {
        if (params.length == 0) {
            throw new IllegalArgumentException("name the method's parameters, in order");
        }
        this.problemDir = problemDir;
        this.params = List.of(params);
        Path examples = problemDir.resolve("tests").resolve("examples.json");
        if (Files.isRegularFile(examples)) {
            try {
                Matcher m = EXAMPLE_NAME.matcher(Files.readString(examples, StandardCharsets.UTF_8));
                while (m.find()) {
                    names.add(m.group(1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The tests of one file, such as {@code "01-boundaries.json"}; files are read in name order. */
    public Group group(String fileName) {
        if (!fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.json")) {
            throw new IllegalArgumentException("a test file is named like 01-boundaries.json, not \"" + fileName + "\"");
        }
        if (groups.stream().anyMatch(g -> g.fileName.equals(fileName))) {
            throw new IllegalArgumentException("group " + fileName + " is made twice");
        }
        Group g = new Group(fileName);
        groups.add(g);
        return g;
    }

    /** One test file's tests, in the order they are added. */
    public final class Group {
        private final String fileName;
        private final List<String> lines = new ArrayList<>();

        private Group(String fileName) {
            this.fileName = fileName;
        }

        /**
         * Adds a test: its name (kebab-case, unique in the package), the expected answer, then one argument per
         * parameter, in the order the constructor named them.
         */
        public Group add(String name, Object expected, Object... args) {
            if (!name.matches(NAME)) {
                throw new IllegalArgumentException("test name is not kebab-case: \"" + name + "\"");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("test name is used twice (or is an example's): " + name);
            }
            if (args.length != params.size()) {
                throw new IllegalArgumentException(name + ": " + args.length + " arguments for the " + params.size()
                        + " parameters " + params);
            }
            StringBuilder b = new StringBuilder("{\"name\":").append(json(name)).append(",\"input\":{");
            for (int i = 0; i < args.length; i++) {
                b.append(i == 0 ? "" : ",").append(json(params.get(i))).append(':');
                append(b, args[i]);
            }
            b.append("},\"expected\":");
            append(b, expected);
            lines.add(b.append('}').toString());
            return this;
        }

        public int size() {
            return lines.size();
        }

        /** The file's text: a JSON array, one test per line. */
        public String text() {
            return "[\n" + String.join(",\n", lines) + (lines.isEmpty() ? "" : "\n") + "]\n";
        }
    }

    /**
     * Writes every group into {@code tests/hidden/} (each file to a temporary one first, then moved over the
     * old), deletes the {@code .json} files there that no group made, and prints a line per file.
     */
    public void write() {
        Path hidden = problemDir.resolve("tests").resolve("hidden");
        try {
            Files.createDirectories(hidden);
            long bytes = 0;
            int count = 0;
            Set<String> written = new HashSet<>();
            for (Group g : groups) {
                byte[] data = g.text().getBytes(StandardCharsets.UTF_8);
                Path tmp = Files.createTempFile(hidden, "." + g.fileName, ".tmp");
                Files.write(tmp, data);
                move(tmp, hidden.resolve(g.fileName));
                written.add(g.fileName);
                bytes += data.length;
                count += g.size();
                System.out.printf("%-20s %3d tests %9d bytes%n", g.fileName, g.size(), data.length);
            }
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(hidden, "*.json")) {
                for (Path p : dir) {
                    if (!written.contains(p.getFileName().toString())) {
                        Files.delete(p);
                        System.out.println("deleted stale " + p);
                    }
                }
            }
            System.out.printf("%-20s %3d tests %9d bytes%n", "total", count, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** JSON the generator wrote itself, passed through as it is. */
    public static Object raw(String json) {
        return new Raw(json);
    }

    private record Raw(String json) {}

    /** A value as LeetCode's JSON, without spaces: {@code [[1,2],[3]]}, {@code "a"}, {@code 2.5}. */
    public static String json(Object value) {
        StringBuilder b = new StringBuilder();
        append(b, value);
        return b.toString();
    }

    private static void append(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Raw r) {
            b.append(r.json());
        } else if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Character c) {
            string(b, String.valueOf(c));
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            b.append(v);
        } else if (v instanceof Double || v instanceof Float) {
            b.append(number(((Number) v).doubleValue()));
        } else if (v instanceof Boolean) {
            b.append(v);
        } else if (v.getClass().isArray()) {
            b.append('[');
            for (int i = 0, n = Array.getLength(v); i < n; i++) {
                if (i > 0) {
                    b.append(',');
                }
                append(b, Array.get(v, i));
            }
            b.append(']');
        } else if (v instanceof Collection<?> items) {
            b.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                append(b, item);
            }
            b.append(']');
        } else {
            throw new IllegalArgumentException("a " + v.getClass().getName() + " has no LeetCode JSON form");
        }
    }

    /**
     * A double as a JSON number that reads back as the same double ("2.0", "1.0E-5", "-0.0"); NaN and the
     * infinities as the bare words the loader accepts ({@code NaN}, {@code Infinity}, {@code -Infinity}),
     * which only a problem declaring {@code "nonFinite": true} lets through validation.
     */
    private static String number(double d) {
        return Double.toString(d);
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
