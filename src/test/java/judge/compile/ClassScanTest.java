package judge.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import judge.TestPackages;
import judge.problem.ForbiddenApi;
import judge.problem.PackageException;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.judging.Result;
import judge.judging.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
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
    void classesTheJudgeOffersOutsideAnyPackageAreAllowed() throws Exception {
        Path api = Files.createTempDirectory(out, "api");
        CompileResult node = COMPILER.compile(Source.of(Path.of("TreeNode.java"), """
                public class TreeNode {
                    public int val;
                    public TreeNode left, right;
                    public TreeNode(int val) { this.val = val; }
                }
                """), null, api, List.of(judge.sandbox.RuntimeFiles.get().api()));
        assertInstanceOf(CompileResult.Compiled.class, node);
        Source source = Source.of(Path.of("Solution.java"), """
                class Solution {
                    public int depth(TreeNode root) {
                        return root == null ? 0 : 1 + Math.max(depth(root.left), depth(new TreeNode(root.val).right));
                    }
                }
                """);
        CompileResult r = ClassScan.check(COMPILER.compile(source, null, Files.createTempDirectory(out, "classes"),
                List.of(api, judge.sandbox.RuntimeFiles.get().api())), source);
        assertInstanceOf(CompileResult.Compiled.class, r, () -> String.valueOf(r));
    }

    /** 76's here; every package's in {@link ClassScanIT} (hundreds of files to compile: the second tier). */
    @Test
    void everyKnownSubmissionAndReferenceOf76PassesTheScan() throws Exception {
        assertEveryKnownSourcePassesTheScan(TestPackages.P76, out);
    }

    /** Compiles every known submission (but the compile errors) and reference under {@code root}, and scans it. */
    static void assertEveryKnownSourcePassesTheScan(Path root, Path out) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
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

    // ---- the allow-list of members: each way around an owner-only scan ----

    /** The error messages of the rejection of {@code text} (a whole source), one per API. */
    private List<String> errors(String text, List<ForbiddenApi> forbidden) throws Exception {
        Source source = Source.of(Path.of("Solution.java"), text);
        CompileResult compiled = COMPILER.compile(source, null, Files.createTempDirectory(out, "classes"),
                List.of(judge.sandbox.RuntimeFiles.get().api()));
        CompileResult r = ClassScan.check(compiled, source, forbidden);
        return assertInstanceOf(CompileResult.Failed.class, r, "expected a rejection of: " + text).errors().stream()
                .map(CompileError::message).toList();
    }

    private List<String> errors(String text) throws Exception {
        return errors(text, List.of());
    }

    private static void assertHas(List<String> errors, String expected) {
        assertTrue(errors.contains(expected), () -> "expected \"" + expected + "\" among " + errors);
    }

    @Test
    void aConstructorTakingADeniedTypeIsRefusedEvenWhenTheFileIsMadeWithoutNamingIt() throws Exception {
        // The File comes out of a generic helper, so no File constructor or method is called by name.
        List<String> errors = errors("""
                import java.util.*;

                class Solution {
                    @SuppressWarnings("unchecked")
                    static <T> T made(Object o) { return (T) o; }

                    public String minWindow(String s, String t) throws Exception {
                        Object file = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(new byte[0])).readObject();
                        Scanner in = new Scanner(Solution.<java.io.File>made(file));
                        java.io.PrintStream ps = new java.io.PrintStream(Solution.<java.io.File>made(file));
                        Formatter f = new Formatter(Solution.<java.io.File>made(file));
                        return in.next() + ps + f;
                    }
                }
                """);
        assertHas(errors, "uses new java.io.ObjectInputStream: " + ClassScan.SERIALISATION);
        assertHas(errors, "uses new java.util.Scanner(java.io.File): " + ClassScan.FILES);
        assertHas(errors, "uses new java.io.PrintStream(java.io.File): " + ClassScan.FILES);
        assertHas(errors, "uses new java.util.Formatter(java.io.File): " + ClassScan.FILES);
        assertHas(errors("import java.util.*; class Solution { public String minWindow(String s, String t)"
                + " throws Exception { return new Scanner(java.nio.file.Path.of(s)).next(); } }"),
                "uses new java.util.Scanner(java.nio.file.Path): " + ClassScan.FILES);
    }

    @Test
    void aMethodReturningOrAFieldHoldingADeniedTypeIsRefused() throws Exception {
        // No allowed JDK method returns a denied type today; a member of an allowed class that did is refused.
        List<String> found = messages(scanHandMade(mv -> {
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "file", "()Ljava/io/File;", false);
            mv.visitInsn(Opcodes.POP);
            mv.visitFieldInsn(Opcodes.GETSTATIC, "java/util/Collections", "PATH", "Ljava/nio/file/Path;");
            mv.visitInsn(Opcodes.POP);
        }, List.of()));
        assertEquals(List.of("uses java.lang.StringBuilder.file returning java.io.File (line 3): " + ClassScan.FILES,
                "uses java.util.Collections.PATH of type java.nio.file.Path (line 3): " + ClassScan.FILES), found);
        assertHas(errors("class Solution { public String minWindow(String s, String t) {"
                + " return String.valueOf(Thread.currentThread().getContextClassLoader()); } }"),
                "uses java.lang.Thread.getContextClassLoader: " + ClassScan.THREADS);
    }

    @Test
    void aMethodReferenceToADeniedMemberIsRefusedLikeACall() throws Exception {
        List<String> errors = errors("""
                import java.util.function.*;

                class Solution {
                    public String minWindow(String s, String t) {
                        Function<String, ?> open = java.io.File::new;
                        Supplier<?> all = Thread::getAllStackTraces;
                        return String.valueOf(open.apply(s)) + all.get();
                    }
                }
                """);
        assertHas(errors, "uses new java.io.File: " + ClassScan.FILES);
        assertHas(errors, "uses java.lang.Thread.getAllStackTraces: " + ClassScan.THREADS);
    }

    /** Writes a class {@code Solution} whose one method's code is {@code body}, as no javac would, and scans it. */
    private List<ClassScan.Violation> scanHandMade(java.util.function.Consumer<MethodVisitor> body,
            List<ForbiddenApi> forbidden) throws Exception {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_SUPER, "Solution", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "()V", null, null);
        mv.visitCode();
        org.objectweb.asm.Label start = new org.objectweb.asm.Label();
        mv.visitLabel(start);
        mv.visitLineNumber(3, start);
        body.accept(mv);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        Path classes = Files.createTempDirectory(out, "handmade");
        Files.write(classes.resolve("Solution.class"), cw.toByteArray());
        return ClassScan.scan(classes, forbidden);
    }

    private static List<String> messages(List<ClassScan.Violation> violations) {
        return violations.stream().map(ClassScan.Violation::message).toList();
    }

    @Test
    void methodHandleAndMethodTypeConstantsAreCheckedAsMembersAndTypes() throws Exception {
        List<String> found = messages(scanHandMade(mv -> {
            mv.visitLdcInsn(new Handle(Opcodes.H_INVOKESTATIC, "java/lang/System", "exit", "(I)V", false));
            mv.visitInsn(Opcodes.POP);
            mv.visitLdcInsn(Type.getMethodType("(Ljava/io/File;)V"));
            mv.visitInsn(Opcodes.POP);
            mv.visitLdcInsn(new Handle(Opcodes.H_GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;",
                    false));
            mv.visitInsn(Opcodes.POP);
        }, List.of()));
        assertEquals(List.of("uses java.lang.System.exit (line 3): " + ClassScan.END_JVM,
                "uses java.io.File (line 3): " + ClassScan.FILES), found, "System.out as a handle is fine");
    }

    @Test
    void invokedynamicWithAnotherBootstrapOrDeniedArgumentsIsRefused() throws Exception {
        Handle metafactory = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                        + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
                        + "Ljava/lang/invoke/CallSite;", false);
        Handle ownBootstrap = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps",
                "getStaticFinal", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;"
                        + "Ljava/lang/Class;)Ljava/lang/Object;", false);
        List<String> found = messages(scanHandMade(mv -> {
            // A javac-style lambda whose target is Runtime.halt: the bootstrap is fine, its argument is not.
            mv.visitInvokeDynamicInsn("run", "()Ljava/lang/Runnable;", metafactory, Type.getMethodType("()V"),
                    new Handle(Opcodes.H_INVOKESTATIC, "java/lang/Integer", "getInteger",
                            "(Ljava/lang/String;)Ljava/lang/Integer;", false), Type.getMethodType("()V"));
            mv.visitInsn(Opcodes.POP);
            // A bootstrap javac never emits.
            mv.visitInvokeDynamicInsn("out", "()Ljava/lang/Object;", ownBootstrap, Type.getType(System.class));
            mv.visitInsn(Opcodes.POP);
            // A dynamic constant with a bootstrap javac never emits.
            mv.visitLdcInsn(new ConstantDynamic("x", "Ljava/lang/Object;", ownBootstrap));
            mv.visitInsn(Opcodes.POP);
        }, List.of()));
        assertEquals(List.of("uses java.lang.Integer.getInteger (line 3): " + ClassScan.ENVIRONMENT,
                "uses java.lang.invoke.ConstantBootstraps.getStaticFinal (line 3): " + ClassScan.BOOTSTRAP), found);
    }

    @Test
    void aStaticMethodInheritedThroughAnAllowedClassIsJudgedAtItsDeclaringClass() throws Exception {
        // ForkJoinWorkerThread is allowed with all its members, but getAllStackTraces is Thread's.
        assertEquals("uses java.lang.Thread.getAllStackTraces (line 3): " + ClassScan.THREADS, rejection(
                "return java.util.concurrent.ForkJoinWorkerThread.getAllStackTraces().toString();"));
        // Through a solution's own subclass of ListResourceBundle: getBundle is ResourceBundle's.
        List<String> errors = errors("""
                class Solution {
                    static class Bundle extends java.util.ListResourceBundle {
                        protected Object[][] getContents() { return new Object[0][]; }
                    }
                    public String minWindow(String s, String t) {
                        return Bundle.getBundle(s).toString();
                    }
                }
                """);
        assertHas(errors, "uses java.util.ResourceBundle.getBundle: " + ClassScan.CLASS_LOADING);
        // Through a solution's own Thread: stop is Thread's.
        assertEquals("uses java.lang.Thread.stop (line 3): " + ClassScan.THREADS, ((CompileResult.Failed) scanned("""
                class Solution {
                    static class Worker extends Thread { }
                    public String minWindow(String s, String t) { new Worker().stop(); return s; }
                }
                """)).summary());
    }

    static Stream<Arguments> bypasses() {
        return Stream.of(
                Arguments.of("return String.valueOf(Integer.getInteger(\"user.home\"));", "java.lang.Integer.getInteger",
                        ClassScan.ENVIRONMENT),
                Arguments.of("return String.valueOf(Long.getLong(\"x\"));", "java.lang.Long.getLong",
                        ClassScan.ENVIRONMENT),
                Arguments.of("return String.valueOf(Boolean.getBoolean(\"x\"));", "java.lang.Boolean.getBoolean",
                        ClassScan.ENVIRONMENT),
                Arguments.of("return System.LoggerFinder.getLoggerFinder().toString();",
                        "java.lang.System.LoggerFinder.getLoggerFinder", ClassScan.LOGGING),
                Arguments.of("System.getLogger(s).log(System.Logger.Level.INFO, t); return s;",
                        "java.lang.System.getLogger", ClassScan.LOGGING),
                Arguments.of("return Thread.getAllStackTraces().keySet().toString();",
                        "java.lang.Thread.getAllStackTraces", ClassScan.THREADS),
                Arguments.of("Thread.currentThread().stop(); return s;", "java.lang.Thread.stop", ClassScan.THREADS),
                Arguments.of("Thread.setDefaultUncaughtExceptionHandler(null); return s;",
                        "java.lang.Thread.setDefaultUncaughtExceptionHandler", ClassScan.THREADS),
                Arguments.of("return String.valueOf(Package.getPackages().length);", "java.lang.Package.getPackages",
                        ClassScan.REFLECTION),
                Arguments.of("return String.valueOf(new java.io.ObjectInputStream(null).readObject());",
                        "new java.io.ObjectInputStream", ClassScan.SERIALISATION),
                Arguments.of("return java.util.logging.Logger.getGlobal().getName();",
                        "java.util.logging.Logger.getGlobal", ClassScan.LOGGING),
                Arguments.of("return java.util.prefs.Preferences.userRoot().name();",
                        "java.util.prefs.Preferences.userRoot", ClassScan.FILES),
                Arguments.of("return java.lang.management.ManagementFactory.getRuntimeMXBean().getName();",
                        "java.lang.management.ManagementFactory.getRuntimeMXBean", ClassScan.MANAGEMENT),
                Arguments.of("return java.util.ServiceLoader.load(Runnable.class).toString();",
                        "java.util.ServiceLoader.load", ClassScan.CLASS_LOADING),
                Arguments.of("new java.util.Properties().loadFromXML(null); return s;",
                        "java.util.Properties.loadFromXML", ClassScan.FILES),
                Arguments.of("return java.util.concurrent.atomic.AtomicIntegerFieldUpdater.newUpdater(Solution.class,"
                        + " \"x\").toString();", "java.util.concurrent.atomic.AtomicIntegerFieldUpdater.newUpdater",
                        ClassScan.REFLECTION),
                Arguments.of("return String.valueOf(Runtime.getRuntime().exec(\"id\"));", "java.lang.Runtime.exec",
                        ClassScan.PROCESSES),
                Arguments.of("return String.valueOf(new java.util.zip.Deflater());", "new java.util.zip.Deflater",
                        ClassScan.NOT_AVAILABLE),
                Arguments.of("return java.util.Locale.getDefault().toString() + new java.util.BitSet();",
                        null, null));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("bypasses")
    void eachBypassOfTheOwnerOnlyScanIsRefusedWithTheMemberNamed(String body, String api, String reason)
            throws Exception {
        if (api == null) {
            CompileResult r = scanned("class Solution {\n    public String minWindow(String s, String t) {\n" + body
                    + "\n    }\n}\n");
            assertInstanceOf(CompileResult.Compiled.class, r, () -> "allowed: " + body + ": " + r);
            return;
        }
        assertEquals("uses " + api + " (line 3): " + reason, rejection(body));
    }

    @Test
    void theOwnMethodsAndFieldsOfASolutionMayNotDeclareDeniedTypes() throws Exception {
        List<String> errors = errors("""
                class Solution {
                    java.io.File kept;
                    public String minWindow(String s, String t) { return s; }
                }
                """);
        assertEquals(List.of("uses java.io.File: " + ClassScan.FILES), errors);
        // A serialisation hook names ObjectInputStream in its descriptor, though nothing calls it.
        assertEquals(List.of("uses java.io.ObjectInputStream: " + ClassScan.SERIALISATION), errors("""
                class Solution implements java.io.Serializable {
                    private void readObject(java.io.ObjectInputStream in) { }
                    private Object readResolve() { return this; }
                    public String minWindow(String s, String t) { return s; }
                }
                """));
    }

    @Test
    void threadsAndTheConcurrencyLibraryAreAllowed() throws Exception {
        CompileResult r = scanned("""
                import java.util.concurrent.*;

                class Solution {
                    private final Semaphore turn = new Semaphore(0);
                    public String minWindow(String s, String t) throws Exception {
                        StringBuffer sb = new StringBuffer();
                        Thread a = new Thread(() -> { sb.append(s); turn.release(); });
                        Thread b = new Thread(() -> {
                            try { turn.acquire(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                            sb.append(t);
                        });
                        b.start(); a.start(); a.join(); b.join();
                        CountDownLatch latch = new CountDownLatch(1);
                        CompletableFuture.runAsync(latch::countDown).get();
                        latch.await(1, TimeUnit.SECONDS);
                        ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
                        m.merge(s, Runtime.getRuntime().availableProcessors(), Integer::sum);
                        return sb.toString() + ThreadLocalRandom.current().nextInt(1) + m.size()
                                + System.nanoTime() % 1 + System.currentTimeMillis() % 1;
                    }
                }
                """);
        assertInstanceOf(CompileResult.Compiled.class, r, () -> ((CompileResult.Failed) r).summary());
    }

    // ---- APIs a package forbids ----

    private static final List<ForbiddenApi> NO_FLOAT16 = List.of(
            new ForbiddenApi("java.lang.Float", "floatToFloat16", "implement the rounding yourself"),
            new ForbiddenApi("java.util.TreeMap", null, "build the ordered map yourself"));

    @Test
    void aMemberTheProblemForbidsIsRefusedWithThePackagesReason() throws Exception {
        assertEquals(List.of("uses java.util.TreeMap.put: build the ordered map yourself"), errors("""
                class Solution {
                    public String minWindow(String s, String t) {
                        java.util.Map<String, Integer> m = new java.util.HashMap<>();
                        Object o = m;
                        if (o instanceof java.util.TreeMap) {
                            ((java.util.TreeMap<String, Integer>) o).put(s, 1);
                        }
                        return s;
                    }
                }
                """, NO_FLOAT16).stream().filter(e -> e.contains(".put")).toList());
        // Float.floatToFloat16 exists from JDK 20: a class calling it, as a newer javac would compile it.
        List<String> found = messages(scanHandMade(mv -> {
            mv.visitLdcInsn(1.5f);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Float", "floatToFloat16", "(F)S", false);
            mv.visitInsn(Opcodes.POP);
        }, NO_FLOAT16));
        assertEquals(List.of("uses java.lang.Float.floatToFloat16 (line 3): implement the rounding yourself"), found);
    }

    @Test
    void onAJdkWithoutTheForbiddenMemberTheCompileErrorGivesThePackagesReason() throws Exception {
        Source source = Source.of(Path.of("Solution.java"), """
                class Solution {
                    public String minWindow(String s, String t) {
                        return String.valueOf(Float.floatToFloat16(1.5f));
                    }
                }
                """);
        CompileResult compiled = COMPILER.compile(source, null, Files.createTempDirectory(out, "classes"),
                List.of(judge.sandbox.RuntimeFiles.get().api()));
        CompileResult r = ClassScan.check(compiled, source, NO_FLOAT16);
        CompileResult.Failed failed = assertInstanceOf(CompileResult.Failed.class, r);
        if (Runtime.version().feature() < 20) {
            assertEquals("uses java.lang.Float.floatToFloat16 (line 3): implement the rounding yourself",
                    failed.summary());
            assertEquals("uses java.lang.Float.floatToFloat16: implement the rounding yourself",
                    failed.errors().get(0).message());
            assertEquals(3, failed.errors().get(0).line());
        } else {
            assertEquals("uses java.lang.Float.floatToFloat16 (line 3): implement the rounding yourself",
                    failed.summary());
        }
        // Without the rule, the same source keeps javac's own message.
        assertEquals(ClassScan.check(compiled, source, List.of()), compiled);
        // A whole class the package forbids, missing on this JDK (SequencedCollection is JDK 21+).
        Source sequenced = Source.of(Path.of("Solution.java"), """
                class Solution {
                    public String minWindow(String s, String t) {
                        java.util.SequencedCollection<String> c = new java.util.ArrayList<>();
                        return s;
                    }
                }
                """);
        CompileResult r2 = ClassScan.check(COMPILER.compile(sequenced, null, Files.createTempDirectory(out, "classes"),
                List.of(judge.sandbox.RuntimeFiles.get().api())), sequenced,
                List.of(new ForbiddenApi("java.util.SequencedCollection", null, "use a List")));
        assertEquals("uses java.util.SequencedCollection (line 3): use a List",
                assertInstanceOf(CompileResult.Failed.class, r2).summary());
    }

    @Test
    void problemJsonDeclaresForbiddenApisAndTheJudgeEnforcesThem(@TempDir Path problems) throws Exception {
        Path dir = TestPackages.copyOf76(problems);
        Path json = dir.resolve("problem.json");
        String original = Files.readString(json);
        String withRule = original.replace("\"checker\":", "\"forbiddenApis\": [\n"
                + "    { \"member\": \"java.lang.String.indexOf\", \"reason\": \"scan the characters yourself\" },\n"
                + "    { \"class\": \"java.util.TreeMap\", \"reason\": \"no ordered maps here\" }\n  ],\n  \"checker\":");
        Files.writeString(json, withRule);
        Problem problem = ProblemLoader.load(dir);
        assertEquals(List.of(new ForbiddenApi("java.lang.String", "indexOf", "scan the characters yourself"),
                new ForbiddenApi("java.util.TreeMap", null, "no ordered maps here")), problem.forbiddenApis());
        Result r = TestPackages.judge().run(problem, Source.of(Path.of("Solution.java"), """
                class Solution {
                    public String minWindow(String s, String t) {
                        return s.indexOf(t) >= 0 ? t : "";
                    }
                }
                """), null);
        assertEquals(Verdict.COMPILE_ERROR, r.verdict());
        assertEquals("uses java.lang.String.indexOf (line 3): scan the characters yourself", r.message());

        Files.writeString(json, original.replace("\"checker\":", "\"forbiddenApis\": [{ \"member\": \"Float\","
                + " \"reason\": \"x\" }],\n  \"checker\":"));
        PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.load(dir));
        assertTrue(e.getMessage().contains("problem.json:18:") && e.getMessage().contains("at /forbiddenApis/0/member")
                && e.getMessage().contains("expected a class's qualified name, a dot and a member name"), e.getMessage());
        Files.writeString(json, original.replace("\"checker\":", "\"forbiddenApis\": [{ \"member\": \"java.lang.Float.x\""
                + " }],\n  \"checker\":"));
        e = assertThrows(PackageException.class, () -> ProblemLoader.load(dir));
        assertTrue(e.getMessage().contains("at /forbiddenApis/0") && e.getMessage().contains("missing field \"reason\""),
                e.getMessage());
        Files.writeString(json, original.replace("\"checker\":", "\"forbiddenApis\": [{ \"class\": \"java.util.TreeMap\","
                + " \"member\": \"java.util.TreeMap.put\", \"reason\": \"x\" }],\n  \"checker\":"));
        e = assertThrows(PackageException.class, () -> ProblemLoader.load(dir));
        assertTrue(e.getMessage().contains("at /forbiddenApis/0") && e.getMessage().contains("exactly one of"),
                e.getMessage());
    }

    @Test
    void everyClassOnTheAllowListExistsInThisJdkUnlessMarkedNewer() {
        // A typo in the allow-list would silently allow nothing; a class this JDK lacks must be marked as newer.
        List<String> missing = ClassScan.ALLOWED.keySet().stream()
                .filter(c -> !c.startsWith("javafx/") && ClassLoader.getSystemResource(c + ".class") == null)
                .filter(c -> !ClassScan.NEWER_THAN_17.contains(c)).sorted().toList();
        assertEquals(List.of(), missing);
        assertTrue(ClassScan.NEWER_THAN_17.contains("java/util/SequencedCollection"));
    }
}
