package judge.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import judge.TestPackages;
import judge.judging.Result;
import judge.judging.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The class scan rejects, before running, a solution that reaches for a forbidden API, naming the API, the line
 * and the reason; and it lets through everything an ordinary LeetCode solution uses.
 */
class ClassScanTest {
    private static final Compiler COMPILER = new Compiler();

    @TempDir Path out;

    /** Compiles {@code text} (a whole source) and scans it: the compile result as the judge would see it. */
    private CompileResult scanned(String text) throws Exception {
        Source source = Source.of(Path.of("Solution.java"), text);
        CompileResult compiled = COMPILER.compile(source, null, Files.createTempDirectory(out, "classes"),
                List.of(judge.sandbox.RuntimeFiles.get().api()));
        assertInstanceOf(CompileResult.Compiled.class, compiled, () -> ((CompileResult.Failed) compiled).summary()
                + " " + ((CompileResult.Failed) compiled).errors());
        return ClassScan.check(compiled, source);
    }

    /** The summary of the rejection of a solution whose method body is {@code body}. */
    private String rejection(String body) throws Exception {
        CompileResult r = scanned("class Solution {\n    public String minWindow(String s, String t) throws Exception {\n"
                + body + "\n    }\n}\n");
        return assertInstanceOf(CompileResult.Failed.class, r, "expected a rejection of: " + body).summary();
    }

    static Stream<Arguments> forbidden() {
        return Stream.of(
                Arguments.of("System.exit(0); return s;", "java.lang.System.exit", ClassScan.END_JVM),
                Arguments.of("Runtime.getRuntime().halt(0); return s;", "java.lang.Runtime.halt", ClassScan.END_JVM),
                Arguments.of("Runtime.getRuntime().addShutdownHook(new Thread()); return s;",
                        "java.lang.Runtime.addShutdownHook", ClassScan.END_JVM),
                Arguments.of("java.util.function.IntConsumer exit = System::exit; exit.accept(0); return s;",
                        "java.lang.System.exit", ClassScan.END_JVM),
                Arguments.of("new ProcessBuilder(\"sh\").start(); return s;", "new java.lang.ProcessBuilder",
                        ClassScan.PROCESSES),
                Arguments.of("Runtime.getRuntime().exec(new String[] {\"id\"}); return s;", "java.lang.Runtime.exec",
                        ClassScan.PROCESSES),
                Arguments.of("return ProcessHandle.current().toString();", "java.lang.ProcessHandle.current",
                        ClassScan.PROCESSES),
                Arguments.of("return java.nio.file.Files.readString(java.nio.file.Path.of(\"x\"));",
                        "java.nio.file.Path.of", ClassScan.FILES),
                Arguments.of("return String.valueOf(new java.io.File(\"..\").list().length);", "new java.io.File",
                        ClassScan.FILES),
                Arguments.of("new java.io.FileOutputStream(java.io.FileDescriptor.out).write(1); return s;",
                        "new java.io.FileOutputStream", ClassScan.FILES),
                Arguments.of("new java.io.PrintStream(\"marker.txt\").close(); return s;",
                        "new java.io.PrintStream(String)", ClassScan.FILES),
                Arguments.of("new java.io.RandomAccessFile(\"x\", \"r\").close(); return s;",
                        "new java.io.RandomAccessFile", ClassScan.FILES),
                Arguments.of("new java.net.Socket(\"127.0.0.1\", 80).close(); return s;", "new java.net.Socket",
                        ClassScan.NETWORK),
                Arguments.of("return java.net.InetAddress.getLocalHost().toString();",
                        "java.net.InetAddress.getLocalHost", ClassScan.NETWORK),
                Arguments.of("return Solution.class.getDeclaredFields()[0].getName();",
                        "java.lang.Class.getDeclaredFields", ClassScan.REFLECTION),
                Arguments.of("java.lang.reflect.Field f = null; return f.getName();", "java.lang.reflect.Field.getName",
                        ClassScan.REFLECTION),
                Arguments.of("return java.lang.invoke.MethodHandles.lookup().toString();",
                        "java.lang.invoke.MethodHandles.lookup", ClassScan.REFLECTION),
                Arguments.of("return Class.forName(\"judge.runner.Runner\").getName();", "java.lang.Class.forName",
                        ClassScan.CLASS_LOADING),
                Arguments.of("return Solution.class.getClassLoader().toString();", "java.lang.Class.getClassLoader",
                        ClassScan.REFLECTION),
                Arguments.of("return ClassLoader.getSystemClassLoader().toString();",
                        "java.lang.ClassLoader.getSystemClassLoader", ClassScan.CLASS_LOADING),
                Arguments.of("System.loadLibrary(\"evil\"); return s;", "java.lang.System.loadLibrary", ClassScan.NATIVE),
                Arguments.of("Object u = sun.misc.Unsafe.class; return s;", "sun.misc.Unsafe", ClassScan.NATIVE),
                Arguments.of("return System.getenv().toString();", "java.lang.System.getenv", ClassScan.ENVIRONMENT),
                Arguments.of("return System.getProperty(\"java.class.path\");", "java.lang.System.getProperty",
                        ClassScan.ENVIRONMENT),
                Arguments.of("System.setOut(null); return s;", "java.lang.System.setOut", ClassScan.STREAMS),
                Arguments.of("return java.sql.DriverManager.getDrivers().toString();",
                        "java.sql.DriverManager.getDrivers", ClassScan.NOT_AVAILABLE));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("forbidden")
    void eachForbiddenApiIsRejectedWithItsNameLineAndReason(String body, String api, String reason) throws Exception {
        assertEquals("uses " + api + " (line 3): " + reason, rejection(body));
    }

    @Test
    void aMethodReferenceToSystemExitIsRejectedLikeACall() throws Exception {
        CompileResult r = scanned("""
                import java.util.function.IntConsumer;

                class Solution {
                    public String minWindow(String s, String t) {
                        IntConsumer quit = System::exit;
                        if (s.isEmpty()) {
                            quit.accept(0);
                        }
                        return s;
                    }
                }
                """);
        CompileResult.Failed failed = assertInstanceOf(CompileResult.Failed.class, r);
        assertEquals("uses java.lang.System.exit (line 5): solutions may not end the JVM", failed.summary());
        CompileError e = failed.errors().get(0);
        assertEquals(5, e.line());
        assertEquals("        IntConsumer quit = System::exit;", e.sourceLine());
        assertEquals(36, e.column(), "the column of exit");
    }

    @Test
    void everyForbiddenUseIsListedOnceInLineOrder() throws Exception {
        CompileResult.Failed failed = assertInstanceOf(CompileResult.Failed.class, scanned("""
                class Solution {
                    public String minWindow(String s, String t) throws Exception {
                        String path = System.getProperty("user.dir");
                        if (path == null) System.exit(1);
                        if (s.isEmpty()) System.exit(2);
                        return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path)));
                    }
                }
                """));
        assertEquals(List.of("uses java.lang.System.getProperty: " + ClassScan.ENVIRONMENT,
                "uses java.lang.System.exit: " + ClassScan.END_JVM, "uses java.nio.file.Path.of: " + ClassScan.FILES,
                "uses java.nio.file.Files.readAllBytes: " + ClassScan.FILES),
                failed.errors().stream().map(CompileError::message).toList());
        assertEquals(List.of(3L, 4L, 6L, 6L), failed.errors().stream().map(CompileError::line).toList());
    }

    @Test
    void helperClassesAndInheritedMethodsAreScannedToo() throws Exception {
        assertEquals("uses new java.lang.ClassLoader (line 2): " + ClassScan.CLASS_LOADING,
                ((CompileResult.Failed) scanned("""
                class Solution { public String minWindow(String s, String t) { return s; } }
                class Loader extends ClassLoader { }
                """)).summary());
        assertEquals("uses java.lang.Runtime.exit (line 4): " + ClassScan.END_JVM, ((CompileResult.Failed) scanned("""
                class Solution {
                    public String minWindow(String s, String t) { return new Helper().go(s); }
                    static class Helper {
                        String go(String s) { Runtime.getRuntime().exit(0); return s; }
                    }
                }
                """)).summary());
        assertEquals("uses java.lang.Runtime.halt (line 3): " + ClassScan.END_JVM, ((CompileResult.Failed) scanned("""
                class Solution {
                    public String minWindow(String s, String t) {
                        Runnable r = () -> Runtime.getRuntime().halt(0);
                        r.run();
                        return s;
                    }
                }
                """)).summary());
    }

    @Test
    void ordinarySolutionsPassTheScan() throws Exception {
        CompileResult r = scanned("""
                import java.util.concurrent.*;
                import java.util.concurrent.atomic.AtomicInteger;

                class Solution {
                    record Window(int start, int length) implements Comparable<Window> {
                        public int compareTo(Window o) { return Integer.compare(length, o.length); }
                    }
                    enum Kind { SHORT, LONG }
                    interface Scorer { default int score(String s) { return s.length(); } }
                    static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }

                    public String minWindow(String s, String t) {
                        assert s != null;
                        Map<Character, Integer> need = new HashMap<>();
                        for (char c : t.toCharArray()) need.merge(c, 1, Integer::sum);
                        List<Window> windows = new ArrayList<>();
                        PriorityQueue<Window> heap = new PriorityQueue<>(Comparator.comparingInt(Window::length));
                        Deque<Integer> deque = new ArrayDeque<>();
                        StringBuilder sb = new StringBuilder();
                        int[][] grid = new int[3][4];
                        long big = Math.max(1L, (long) Math.pow(2, 10)) + Math.floorMod(-3, 5);
                        BigInteger b = BigInteger.valueOf(big).multiply(BigInteger.TEN);
                        Pair<Integer, String> p = new Pair<>(1, "x");
                        Optional<String> first = Stream.of(s, t).filter(x -> !x.isEmpty()).findFirst();
                        Map<Integer, List<String>> byLength = Stream.of(s, t).collect(Collectors.groupingBy(String::length));
                        String joined = IntStream.range(0, 3).mapToObj(Integer::toString).collect(Collectors.joining(","));
                        Kind kind = switch (s.length()) { case 0, 1 -> Kind.SHORT; default -> Kind.LONG; };
                        String label = switch (kind) { case SHORT -> "short"; case LONG -> "long"; };
                        switch (t) { case "a": sb.append('a'); break; default: sb.append(label); }
                        Scorer scorer = new Scorer() { };
                        AtomicInteger counter = new AtomicInteger();
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        pool.shutdown();
                        Object o = p;
                        if (o instanceof Pair<?, ?> pair && pair.getKey() != null) counter.incrementAndGet();
                        int[] copy = grid[0].clone();
                        Arrays.sort(copy);
                        Integer[] boxed = {3, 1, 2};
                        Arrays.sort(boxed, Collections.reverseOrder());
                        char c = Character.toUpperCase('a');
                        String text = String.format("%d %s %c %s", depth(100), b, c, first.orElse(""));
                        System.out.println(text + joined + byLength + heap + deque + windows + scorer.score(s));
                        Iterator<Integer> it = List.of(1, 2).iterator();
                        while (it.hasNext()) it.next();
                        try { Integer.parseInt("x"); } catch (NumberFormatException e) { sb.append(e.getMessage()); }
                        String name = getClass().getSimpleName() + Kind.valueOf("LONG").ordinal();
                        return s.substring(0, Math.min(s.length(), sb.length() + name.length()));
                    }
                }
                """);
        assertInstanceOf(CompileResult.Compiled.class, r, () -> ((CompileResult.Failed) r).summary());
    }

    @Test
    void everyKnownSubmissionAndReferenceOfEveryPackagePassesTheScan() throws Exception {
        try (Stream<Path> files = Files.walk(TestPackages.PROBLEMS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")
                    && (f.toString().contains("/submissions/") && !f.toString().contains("/compile_error/")
                    || f.toString().contains("/reference/"))).toList()) {
                Source source = Source.read(file);
                Path classes = Files.createTempDirectory(out, "classes");
                CompileResult r = ClassScan.check(COMPILER.compile(source, null, classes,
                        List.of(judge.sandbox.RuntimeFiles.get().api())), source);
                assertInstanceOf(CompileResult.Compiled.class, r, () -> file + ": " + ((CompileResult.Failed) r).summary());
            }
        }
    }

    @Test
    void theJudgeReportsARejectionAsACompileErrorAtTheUsersLine() {
        Result r = TestPackages.judge().run(TestPackages.p76(), Source.of(Path.of("Quit.java"), """
                class Solution {
                    public String minWindow(String s, String t) {
                        System.exit(0);
                        return s;
                    }
                }
                """), null);
        assertEquals(Verdict.COMPILE_ERROR, r.verdict());
        assertEquals("uses java.lang.System.exit (line 3): solutions may not end the JVM", r.message());
        assertTrue(r.tests().isEmpty(), "nothing ran");
        CompileError e = r.compileErrors().get(0);
        assertEquals("Quit.java:3:16: error: uses java.lang.System.exit: solutions may not end the JVM\n"
                + "        System.exit(0);\n" + "               ^", e.render("Quit.java"));
    }
}
