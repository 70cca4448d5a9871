package judge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import judge.TestPackages;
import judge.compile.CompileCache;
import judge.compile.Compiler;
import judge.compile.Source;
import judge.judging.Judge;
import judge.judging.JudgeOptions;
import judge.judging.Result;
import judge.judging.TestResult;
import judge.judging.Verdict;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Submissions written by someone who wants the hidden tests, the network, the machine or a forged result. Each
 * gets its verdict, and after each: no problem file or expected answer in anything the judge reports, no marker
 * file left, no process left, and the judge answering in bounded time with its memory small.
 *
 * <p>The class scan is off here (it would reject most of these before they run, see {@link #theClassScanRejects
 * EveryHostileSourceThatReachesForAForbiddenApi}), so that these test the layers that hold when code does run.
 * Each case runs in two modes: {@link Mode#SANDBOXED}, every OS layer this machine has (skipped without
 * bubblewrap; CI has it), and {@link Mode#FALLBACK}, the OS layers forced off. The fallback promises less, and
 * these tests assert only its promises: nothing of the problem in the child's working folder, class path or
 * environment; verdicts decided by the judge, unforgeable; limits on time, output and heap; the child's process
 * tree killed. Without the OS sandbox a solution can read and write the user's files, use the network, and leave
 * behind a process that detached itself; those cases assert that it can, so that the difference stays visible.
 */
class HostileSubmissionsIT {
    enum Mode {
        SANDBOXED("auto"), CGROUP_ONLY("cgroup"), FALLBACK("none");

        final String setting;

        Mode(String setting) {
            this.setting = setting;
        }
    }

    private static final Problem P76 = TestPackages.p76();
    private static final Map<Mode, Sandbox> SANDBOXES = new EnumMap<>(Mode.class);
    private static final Map<Mode, Judge> JUDGES = new EnumMap<>(Mode.class);

    /**
     * Text of the problem that no report may ever hold: hidden test names and inputs, a line of the checker and
     * of the reference. (Content, not file names: a probe may well print the paths it failed to open.)
     */
    private static final List<String> SECRETS = List.of("first-covering-window-not-shortest", "cabwefgewcwaefgcf",
            "t-needs-more-copies-than-s-has", longLine("checker/MinWindowChecker.java"),
            longLine("reference/Solution.java"));

    /** A correct minWindow, as a static method hostile solutions call when they want their answers right. */
    private static final String SOLVE = """
                static String solve(String s, String t) {
                    int[] need = new int[128];
                    for (char c : t.toCharArray()) need[c]++;
                    int missing = t.length(), best = -1, bestLen = Integer.MAX_VALUE, left = 0;
                    for (int right = 0; right < s.length(); right++) {
                        if (need[s.charAt(right)]-- > 0) missing--;
                        while (missing == 0) {
                            if (right - left + 1 < bestLen) { bestLen = right - left + 1; best = left; }
                            if (++need[s.charAt(left++)] > 0) missing++;
                        }
                    }
                    return best < 0 ? "" : s.substring(best, best + bestLen);
                }
            """;

    private final String marker = "judge-hostile-" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir Path temp;

    /** The longest line of a file of the problem: code no report has any reason to hold. */
    private static String longLine(String file) {
        return TestPackages.read(TestPackages.P76.resolve(file)).lines().map(String::trim)
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
    }

    private static synchronized Sandbox sandbox(Mode mode) {
        Sandbox sandbox = SANDBOXES.computeIfAbsent(mode, m -> Sandbox.detect(m.setting));
        if (mode == Mode.SANDBOXED) {
            assumeTrue(sandbox.isolated(), "bubblewrap is not usable here; CI installs it");
        }
        if (mode == Mode.CGROUP_ONLY) {
            assumeTrue(sandbox.limited(), "cgroups are not writable here");
        }
        return sandbox;
    }

    private static synchronized Judge judge(Mode mode) {
        Sandbox sandbox = sandbox(mode);
        return JUDGES.computeIfAbsent(mode, m -> {
            Compiler compiler = new Compiler();
            return new Judge(compiler, new CompileCache(Path.of("target", "test-cache").toAbsolutePath(), compiler),
                    new JudgeOptions(false, sandbox));
        });
    }

    /** The examples, in {@code mode}, within a minute whatever the solution does. */
    private static Result run(Mode mode, String source) {
        return run(mode, P76, source);
    }

    private static Result run(Mode mode, Problem problem, String source) {
        Judge judge = judge(mode);
        return assertTimeout(Duration.ofSeconds(60), () -> judge.run(problem, Source.of(Path.of("Solution.java"), source),
                null), "the judge must stay responsive");
    }

    private static Result submit(Mode mode, String source) {
        Judge judge = judge(mode);
        return assertTimeout(Duration.ofSeconds(90), () -> judge.submit(P76, Source.of(Path.of("Solution.java"), source)),
                "the judge must stay responsive");
    }

    private String withMarker(String source) {
        return source.replace("MARKER", marker);
    }

    // ---- what must hold after every run ----

    /** Everything a report could show of a result: messages, outputs, what the solution printed. */
    private static String reported(Result r) {
        StringBuilder all = new StringBuilder(String.valueOf(r.message()));
        for (TestResult t : r.tests()) {
            all.append(t.name()).append(t.output()).append(t.stdout()).append(t.message()).append(t.expected());
        }
        r.compileErrors().forEach(e -> all.append(e.message()));
        return all.toString();
    }

    private static void assertNoSecretIn(String text, String where) {
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), where + " holds \"" + secret + "\" of the problem:\n" + text);
        }
    }

    /** Every process whose command line holds {@code text}, seen from this (the judge's) side. */
    private static List<ProcessHandle> processesWith(String text) {
        List<ProcessHandle> found = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (cmdline.contains(text)) {
                        ProcessHandle.of(Long.parseLong(proc.getFileName().toString())).ifPresent(found::add);
                    }
                } catch (IOException e) {
                    // gone meanwhile
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return found;
    }

    /** The kernel reaps killed processes a moment later: wait up to five seconds for them to go. */
    private static void assertNoProcessWith(String text) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!processesWith(text).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(List.of(), processesWith(text).stream().map(p -> p.info().commandLine().orElse("?")).toList(),
                "processes left behind");
    }

    @AfterEach
    void noChildOfTheJudgeIsLeftAndNoMarkerProcessOrFileSurvivesTheTest() throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (ProcessHandle.current().descendants().findAny().isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<String> left = ProcessHandle.current().descendants().map(p -> p.info().commandLine().orElse("?")).toList();
        // Clean up what the fallback cannot stop (asserted per test), so that one case does not leak into the next.
        processesWith(marker).forEach(ProcessHandle::destroyForcibly);
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        for (Path file : markerFiles()) {
            Files.deleteIfExists(file);
        }
        assertEquals(List.of(), left, "children of the judge left after the run");
    }

    /**
     * Where a marker file could land: next to the problems, in /tmp (three levels: the judge's runtime and class
     * folders are there), the home and working folders.
     */
    private List<Path> markerFiles() throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path dir : List.of(TestPackages.P76, TestPackages.PROBLEMS, Path.of(System.getProperty("user.home")),
                Path.of("").toAbsolutePath(), Path.of("/tmp"))) {
            // Other programs make and delete files in /tmp meanwhile: skip what vanishes or cannot be read.
            Files.walkFileTree(dir, Set.of(), dir.equals(Path.of("/tmp")) ? 3 : 1, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
                    if (file.getFileName().toString().contains(marker)) {
                        found.add(file);
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        }
        return found;
    }

    // ---- exits ----

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "FALLBACK"})
    void exitingWithStatusZeroIsARuntimeError(Mode mode) {
        Result r = run(mode, "class Solution { public String minWindow(String s, String t) { System.exit(0); return s; } }");
        assertEquals(Verdict.RUNTIME_ERROR, r.verdict());
        assertTrue(r.message().contains("ended the JVM with status 0"), r.message());
    }

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "FALLBACK"})
    void haltingAfterAnsweringTheFirstTestRightIsARuntimeError(Mode mode) {
        Result r = submit(mode, "class Solution {\n" + SOLVE + """
                    static int calls;
                    public String minWindow(String s, String t) {
                        if (++calls > 1) Runtime.getRuntime().halt(0);
                        return solve(s, t);
                    }
                }
                """);
        assertEquals(Verdict.RUNTIME_ERROR, r.verdict());
        assertEquals(1, r.passed());
        assertNoSecretIn(reported(r), "the report");
    }

    // ---- the problem's files ----

    /**
     * Looks for the problem everywhere it can: in and above its working folder, its class path, its environment,
     * /tmp, the processes it can see, and at the problem's real path (as if the author knew it), printing what it
     * finds section by section.
     */
    private static final String READ_PROBE = """
            import java.nio.file.*;

            class Solution {
                static boolean done;
                static final StringBuilder out = new StringBuilder();
                static final Set<String> SYSTEM = Set.of("proc", "sys", "dev", "usr", "lib", "lib64", "lib32", "etc",
                        "bin", "sbin", "boot", "var", "run", "snap", "opt");

                static void section(String name) { out.append("\\n== ").append(name).append(" ==\\n"); }

                static void show(Path file) {
                    try {
                        String text = new String(Files.readAllBytes(file));
                        out.append(file).append(": ").append(text, 0, Math.min(text.length(), 300)).append('\\n');
                    } catch (Throwable e) {
                        out.append(file).append(": ").append(e.getClass().getSimpleName()).append('\\n');
                    }
                }

                static void walk(Path dir, int depth) {
                    if (depth > 10) return;
                    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                        for (Path p : entries) {
                            String name = String.valueOf(p.getFileName());
                            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                                if (!(dir.getParent() == null && SYSTEM.contains(name))) walk(p, depth + 1);
                            } else if (name.endsWith(".json") || name.endsWith(".java") || name.endsWith(".md")) {
                                show(p);
                            } else if (!name.endsWith(".class")) {
                                // (class files are the runner's and the solution's own: not listed, so that the
                                // probe's report fits the 4 KB a report keeps of a solution's output)
                                out.append(p).append('\\n');
                            }
                        }
                    } catch (Throwable e) {
                        out.append(dir).append(": ").append(e.getClass().getSimpleName()).append('\\n');
                    }
                }

                public String minWindow(String s, String t) throws Exception {
                    if (done) return "";
                    done = true;
                    Path cwd = Paths.get("").toAbsolutePath();
                    section("cwd");
                    walk(cwd, 0);
                    section("classpath");
                    for (String entry : System.getProperty("java.class.path").split(":")) walk(Paths.get(entry), 0);
                    section("env");
                    out.append(System.getenv()).append('\\n');
                    for (String value : System.getenv().values()) if (value.startsWith("/")) walk(Paths.get(value), 0);
                    if (WALK) {
                        section("up");
                        for (Path p = cwd.getParent(); p != null; p = p.getParent()) walk(p, 0);
                        section("tmp");
                        walk(Paths.get("/tmp"), 0);
                        section("processes");
                        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Paths.get("/proc"), "[0-9]*")) {
                            for (Path p : procs) out.append(p).append(' ')
                                    .append(new String(Files.readAllBytes(p.resolve("cmdline"))).replace('\\0', ' ')).append('\\n');
                        }
                    }
                    section("absolute");
                    show(Paths.get("P76/tests/hidden/02-tricky.json"));
                    show(Paths.get("P76/checker/MinWindowChecker.java"));
                    section("end");
                    System.out.print(out);
                    return "";
                }
            }
            """;

    private static String section(String stdout, String name) {
        int start = stdout.indexOf("\n== " + name + " ==\n");
        assertTrue(start >= 0, "no section " + name + " in:\n" + stdout);
        int end = stdout.indexOf("\n== ", start + 1);
        return stdout.substring(start, end < 0 ? stdout.length() : end);
    }

    @Test
    void inTheSandboxNoPathLeadsToTheProblemNorToAnotherProcess() {
        Result r = run(Mode.SANDBOXED, READ_PROBE.replace("WALK", "true").replace("P76", TestPackages.P76.toString()));
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        String stdout = r.tests().get(0).stdout();
        assertTrue(stdout.contains("== end =="), "the probe got to its end (within 64 KB): " + stdout);
        assertNoSecretIn(reported(r), "the report");
        assertTrue(section(stdout, "absolute").contains("02-tricky.json: NoSuchFileException"), stdout);
        String processes = section(stdout, "processes");
        assertFalse(processes.contains("surefire") || processes.contains("maven"), "sees the judge: " + processes);
        assertTrue(processes.lines().count() <= 4, "sees other processes: " + processes);
    }

    @Test
    void inTheFallbackTheWorkingFolderClassPathAndEnvironmentHoldNothingOfTheProblem() {
        Result r = run(Mode.FALLBACK, READ_PROBE.replace("WALK", "false").replace("P76", TestPackages.P76.toString()));
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        String stdout = r.tests().get(0).stdout();
        for (String section : List.of("cwd", "classpath", "env")) {
            assertNoSecretIn(section(stdout, section), "the child's " + section);
        }
        assertTrue(section(stdout, "env").contains("{LANG=C.UTF-8}"), stdout);
        // What the fallback does not promise: a solution that knows where the problem is can read it.
        assertTrue(section(stdout, "absolute").contains("first-covering-window-not-shortest"),
                "without bubblewrap the user's files are readable; if this changed, update the README: " + stdout);
    }

    // ---- the network ----

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "FALLBACK"})
    void connectingToAServerOnTheHostsLoopback(Mode mode) throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                        s.setSoTimeout(2000);
                        received.add(new String(in.readNBytes(64), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        // closed, or a peer that sent nothing
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Result r = run(mode, withMarker("""
                    class Solution {
                        public String minWindow(String s, String t) {
                            try (java.net.Socket socket = new java.net.Socket()) {
                                socket.connect(new java.net.InetSocketAddress("127.0.0.1", PORT), 2000);
                                socket.getOutputStream().write("MARKER".getBytes());
                                System.out.println("connected");
                            } catch (Exception e) {
                                System.out.println("no connection: " + e);
                            }
                            return "";
                        }
                    }
                    """.replace("PORT", String.valueOf(server.getLocalPort()))));
            assertEquals(Verdict.WRONG_ANSWER, r.verdict());
            if (mode == Mode.SANDBOXED) {
                assertTrue(r.tests().get(0).stdout().startsWith("no connection: java.net."), r.tests().get(0).stdout());
                Thread.sleep(200);
                assertEquals(List.of(), received, "the server on the host's loopback was reached");
            } else {
                assertTrue(r.tests().get(0).stdout().startsWith("connected"),
                        "without bubblewrap the network is reachable; if this changed, update the README");
            }
        }
    }

    // ---- processes ----

    /**
     * Starts a JVM that stays its child, a JVM that starts a grandchild and exits (the grandchild is orphaned),
     * and a JVM detached with setsid through /bin/sh (where there is one); then shows which of them it can see.
     */
    private static final String PROCESS_STARTER = """
            import java.nio.file.*;

            class Solution {
                public static class Sleeper {
                    public static void main(String[] args) throws Exception {
                        if (args.length > 1) {
                            start(java(), "-Xmx16m", "-cp", System.getProperty("java.class.path"), "Solution$Sleeper",
                                    args[0].replace("spawner", "orphan"));
                            return;
                        }
                        Thread.sleep(300_000);
                    }
                }

                static String java() { return System.getProperty("java.home") + "/bin/java"; }

                static void start(String... command) {
                    try {
                        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                                .start();
                        System.out.println("started " + command[command.length - 1]);
                    } catch (Exception e) {
                        System.out.println("cannot start " + command[0] + ": " + e.getMessage());
                    }
                }

                static String visible() {
                    StringBuilder seen = new StringBuilder();
                    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Paths.get("/proc"), "[0-9]*")) {
                        for (Path p : procs) {
                            String cmd = new String(Files.readAllBytes(p.resolve("cmdline"))).replace('\\0', ' ');
                            if (cmd.contains("MARKER-") && cmd.contains("Sleeper")) seen.append(cmd.substring(cmd.indexOf("MARKER-"))).append(';');
                        }
                    } catch (Exception e) { }
                    return seen.toString();
                }

                static int calls;

                public String minWindow(String s, String t) throws Exception {
                    calls++;
                    if (calls == 1) {
                        String cp = System.getProperty("java.class.path");
                        start(java(), "-Xmx16m", "-cp", cp, "Solution$Sleeper", "MARKER-child");
                        start(java(), "-Xmx16m", "-cp", cp, "Solution$Sleeper", "MARKER-spawner", "spawn");
                        start("/bin/sh", "-c", "setsid " + java() + " -Xmx16m -cp " + cp
                                + " Solution\\\\$Sleeper MARKER-setsid </dev/null >/dev/null 2>&1 &");
                        return "";
                    }
                    // Give the JVMs time to start (each call has its own time limit), then show them.
                    long until = System.nanoTime() + 800_000_000L;
                    while (System.nanoTime() < until && !(visible().contains("orphan") && visible().contains("child"))) {
                        Thread.sleep(20);
                    }
                    System.out.println("visible: " + visible());
                    return "";
                }
            }
            """;

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "CGROUP_ONLY"})
    void everyProcessTheSolutionStartedIsGoneWithTheRunEvenDetachedOnes(Mode mode) throws Exception {
        Result r = run(mode, withMarker(PROCESS_STARTER));
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        String seen = r.tests().get(1).stdout() + r.tests().get(2).stdout();
        // On a loaded machine the JVMs the solution starts may not be up within the calls' time limits: then
        // there is nothing to check, and the test says so rather than failing.
        org.junit.jupiter.api.Assumptions.assumeTrue(seen.contains(marker + "-child") && seen.contains(marker + "-orphan"),
                "the processes were not yet running when the run ended: " + r.tests());
        assertNoProcessWith(marker);
    }

    @Test
    void inTheFallbackTheChildsProcessTreeIsKilledButADetachedProcessEscapes() throws Exception {
        Result r = run(Mode.FALLBACK, withMarker(PROCESS_STARTER));
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        org.junit.jupiter.api.Assumptions.assumeTrue(
                (r.tests().get(1).stdout() + r.tests().get(2).stdout()).contains(marker + "-child"),
                "the child was not yet running when the run ended: " + r.tests());
        assertNoProcessWith(marker + "-child");
        // What the fallback does not promise: a process that left the tree (setsid, or an orphan) is not found.
        Thread.sleep(500);
        assertFalse(processesWith(marker + "-setsid").isEmpty() && processesWith(marker + "-orphan").isEmpty(),
                "without bubblewrap or cgroups a detached process survives; if this changed, update the README");
    }

    // ---- files ----

    private static final String FILE_WRITER = """
            import java.nio.file.*;

            class Solution {
                static void write(String path) {
                    try {
                        Files.writeString(Paths.get(path), "written by the solution");
                        System.out.println("wrote " + path);
                    } catch (Throwable e) {
                        System.out.println("cannot write " + path + ": " + e.getClass().getSimpleName());
                    }
                }

                public String minWindow(String s, String t) {
                    write("MARKER-cwd");
                    write("/tmp/MARKER-tmp");
                    write("P76/MARKER-problem");
                    write("P76/../MARKER-problems");
                    write(System.getProperty("user.home") + "/MARKER-home");
                    for (String entry : System.getProperty("java.class.path").split(":")) write(entry + "/MARKER-classes");
                    return "";
                }
            }
            """;

    @Test
    void inTheSandboxFilesWrittenAnywhereAreGoneWithTheRun() throws Exception {
        Result r = run(Mode.SANDBOXED, withMarker(FILE_WRITER.replace("P76", TestPackages.P76.toString())));
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        String stdout = r.tests().get(0).stdout();
        assertTrue(stdout.contains("wrote " + marker + "-cwd") && stdout.contains("wrote /tmp/" + marker + "-tmp"),
                "its own /tmp is writable: " + stdout);
        assertTrue(stdout.contains("cannot write " + TestPackages.P76 + "/" + marker + "-problem"), stdout);
        assertTrue(stdout.contains("-classes: ReadOnlyFileSystemException") || stdout.contains("-classes: FileSystemException"),
                "its class folders are read-only: " + stdout);
        assertEquals(List.of(), markerFiles());
    }

    @Test
    void inTheFallbackTheWorkingAndClassFoldersAreDeletedButTheUsersFilesAreWritable() throws Exception {
        Result r = run(Mode.FALLBACK, withMarker(FILE_WRITER.replace("P76", TestPackages.P76.toString())));
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        String stdout = r.tests().get(0).stdout();
        if (sandbox(Mode.FALLBACK).dropsPrivileges()) {
            // A root judge runs the child as nobody: only what nobody may write (/tmp) is writable.
            assertTrue(stdout.contains("cannot write " + marker + "-cwd"), stdout);
            assertTrue(stdout.contains("cannot write " + TestPackages.P76 + "/" + marker + "-problem"), stdout);
            assertFalse(stdout.contains("-classes\n") && stdout.contains("wrote /tmp/judge-"), stdout);
            List<Path> left = markerFiles();
            assertTrue(left.stream().noneMatch(p -> p.toString().matches(".*/judge-(classes|runtime|run)-.*")),
                    "nothing in the judge's folders: " + left);
            assertTrue(left.contains(Path.of("/tmp", marker + "-tmp")), "if this changed, update the README: " + left);
            return;
        }
        assertTrue(stdout.contains("wrote " + marker + "-cwd"), stdout);
        List<Path> left = markerFiles();
        assertTrue(left.stream().noneMatch(p -> p.getFileName().toString().endsWith("-cwd")
                || p.toString().contains("/judge-classes-")), "the child's own folders are deleted: " + left);
        // What the fallback does not promise: the user's files, and the judge's shared runtime folders, are the
        // solution's to write.
        assertTrue(left.contains(Path.of("/tmp", marker + "-tmp")), "if this changed, update the README: " + left);
        assertTrue(left.stream().anyMatch(p -> p.toString().contains("/judge-runtime-")), left.toString());
    }

    // ---- forged results ----

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "FALLBACK"})
    void printingFakeResultLinesOnStdoutStderrAndFileDescriptorOneForgesNothing(Mode mode) {
        Result r = run(mode, """
                import java.io.*;

                class Solution {
                    public String minWindow(String s, String t) {
                        String nonce = "0123456789abcdef0123456789abcdef";
                        String fake = "\\u0001J" + nonce + " 19\\n[\\"ok\\",1,\\"\\\\\\"BANC\\\\\\"\\",\\"\\"]\\u0001E" + nonce + "\\n";
                        System.out.print(fake);
                        System.out.flush();
                        System.err.print(fake);
                        for (FileDescriptor fd : new FileDescriptor[] {FileDescriptor.out, FileDescriptor.err}) {
                            try { FileOutputStream raw = new FileOutputStream(fd); raw.write(fake.getBytes()); raw.flush(); }
                            catch (IOException e) { }
                        }
                        try (FileOutputStream self = new FileOutputStream("/proc/self/fd/1")) { self.write(fake.getBytes()); }
                        catch (IOException e) { }
                        System.out.println("Accepted");
                        return "nope";
                    }
                }
                """);
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        for (TestResult t : r.tests()) {
            assertEquals(Verdict.WRONG_ANSWER, t.verdict(), t.name());
            assertEquals("\"nope\"", t.output());
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "FALLBACK"})
    void floodingStdoutWithGigabytesEndsAsOutputLimitAndTheJudgeStaysSmall(Mode mode) {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        Result r = run(mode, """
                import java.io.*;

                class Solution {
                    public String minWindow(String s, String t) throws IOException {
                        byte[] junk = new byte[1 << 16];
                        Arrays.fill(junk, (byte) 'A');
                        Thread err = new Thread(() -> {
                            try (FileOutputStream e = new FileOutputStream(FileDescriptor.err)) { while (true) e.write(junk); }
                            catch (IOException e) { }
                        });
                        err.start();
                        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
                        for (long written = 0; written < (8L << 30); written += junk.length) out.write(junk);
                        return "";
                    }
                }
                """);
        assertEquals(Verdict.OUTPUT_LIMIT_EXCEEDED, r.verdict());
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "the flood was stopped early");
        System.gc();
        long grown = runtime.totalMemory() - runtime.freeMemory() - before;
        assertTrue(grown < 64L << 20, "the judge's heap grew by " + (grown >> 20) + " MB");
        assertTrue(r.failure().stdout().length() <= 70_000, "what is kept of the flood is capped");
    }

    // ---- time ----

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "FALLBACK"})
    void anInfiniteLoopInAStaticInitializerIsTimeLimitExceeded(Mode mode) {
        Result r = run(mode, """
                class Solution {
                    static final int READY = spin();
                    static int spin() { while (true) { } }
                    public String minWindow(String s, String t) { return s; }
                }
                """);
        assertEquals(Verdict.TIME_LIMIT_EXCEEDED, r.verdict());
        assertEquals(1, r.tests().size());
    }

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "FALLBACK"})
    void aSpinLoopThatCatchesEveryThrowableIsTimeLimitExceeded(Mode mode) {
        Result r = run(mode, """
                class Solution {
                    public String minWindow(String s, String t) {
                        while (true) {
                            try { while (true) { } } catch (Throwable e) { }
                        }
                    }
                }
                """);
        assertEquals(Verdict.TIME_LIMIT_EXCEEDED, r.verdict());
    }

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "FALLBACK"})
    void aNonDaemonThreadSpinningAfterCorrectAnswersDoesNotOutliveTheRun(Mode mode) {
        Result r = run(mode, "class Solution {\n" + SOLVE + """
                    static boolean started;
                    public String minWindow(String s, String t) {
                        if (!started) {
                            started = true;
                            Thread spinner = new Thread(() -> { long x = 0; while (true) x++; });
                            spinner.setDaemon(false);
                            spinner.start();
                        }
                        return solve(s, t);
                    }
                }
                """);
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> String.valueOf(r.failure()));
        // No child left: checked after each test.
    }

    // ---- resources ----

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "FALLBACK"})
    void thousandsOfThreads(Mode mode) {
        Result r = run(mode, "class Solution {\n" + SOLVE + """
                    static boolean started;
                    public String minWindow(String s, String t) {
                        if (!started) {
                            started = true;
                            for (int i = 0; i < 3000; i++) {
                                Thread sleeper = new Thread(() -> {
                                    try { Thread.sleep(600_000); } catch (InterruptedException e) { }
                                });
                                sleeper.start();
                            }
                        }
                        return solve(s, t);
                    }
                }
                """);
        if (sandbox(mode).limited() || sandbox(mode).dropsPrivileges()) {
            // The cgroup's task limit, or the process rlimit of the child's uid nobody.
            assertEquals(Verdict.RUNTIME_ERROR, r.verdict());
            assertTrue(r.message().startsWith("java.lang.OutOfMemoryError: unable to create native thread"), r.message());
        } else {
            // Without the cgroup's task limit they are made, as slowly as the machine makes them.
            assertTrue(Set.of(Verdict.ACCEPTED, Verdict.TIME_LIMIT_EXCEEDED).contains(r.verdict()), r.verdict().name());
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "FALLBACK"})
    void allocatingFarBeyondTheHeapIsMemoryLimitExceeded(Mode mode) {
        Result r = run(mode, """
                class Solution {
                    public String minWindow(String s, String t) {
                        List<long[]> hog = new ArrayList<>();
                        while (true) hog.add(new long[1 << 20]);
                    }
                }
                """);
        assertEquals(Verdict.MEMORY_LIMIT_EXCEEDED, r.verdict());
    }

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "CGROUP_ONLY"})
    void memoryOutsideTheHeapIsLimitedByTheCgroup(Mode mode) {
        assumeTrue(sandbox(mode).limited(), "no cgroup layer here");
        Path dir = TestPackages.copyOf76(temp);
        Path json = dir.resolve("problem.json");
        TestPackages.write(json, TestPackages.read(json).replaceAll("\"testFloorMs\": *\\d+", "\"testFloorMs\": 30000")
                .replaceAll("\"totalFloorMs\": *\\d+", "\"totalFloorMs\": 60000"));
        Result r = run(mode, ProblemLoader.load(dir), """
                class Solution {
                    public String minWindow(String s, String t) {
                        List<java.util.zip.Deflater> native_ = new ArrayList<>();
                        byte[] in = new byte[1 << 16];
                        byte[] out = new byte[1 << 17];
                        while (true) {
                            java.util.zip.Deflater d = new java.util.zip.Deflater(1);
                            d.setInput(in);
                            d.deflate(out);
                            native_.add(d);
                        }
                    }
                }
                """);
        assertEquals(Verdict.MEMORY_LIMIT_EXCEEDED, r.verdict(), () -> r.message());
    }

    private static String hostile(String name) {
        try (InputStream in = HostileSubmissionsIT.class.getResourceAsStream("/hostile/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "CGROUP_ONLY", "FALLBACK"})
    void directBuffersTwiceTheProblemsLimitAreMemoryLimitExceeded(Mode mode) {
        Result r = run(mode, hostile("memory/DirectBuffers76.java"));
        assertEquals(Verdict.MEMORY_LIMIT_EXCEEDED, r.verdict(), () -> String.valueOf(r.failure()));
    }

    @ParameterizedTest
    @EnumSource(names = {"CGROUP_ONLY", "FALLBACK"})
    void thousandsOfThreadsWithBigStacksAreNotAccepted(Mode mode) {
        assumeTrue(mode != Mode.FALLBACK || sandbox(mode).dropsPrivileges(),
                "without cgroups only a root judge bounds threads (rlimit of uid nobody)");
        Result r = run(mode, hostile("memory/ThreadStacks76.java"));
        assertNotEquals(Verdict.ACCEPTED, r.verdict(), () -> String.valueOf(r.failure()));
        assertNotEquals(Verdict.INTERNAL_ERROR, r.verdict(), () -> r.message());
    }

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "FALLBACK"})
    void throwingOutOfMemoryErrorWithLittleMemoryIsARuntimeError(Mode mode) {
        Result r = run(mode, hostile("memory/ThrowsOutOfMemory76.java"));
        assertEquals(Verdict.RUNTIME_ERROR, r.verdict(), () -> String.valueOf(r.failure()));
    }

    // ---- the judge's own state ----

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "FALLBACK"})
    void flippingStaticFieldsOfEveryClassOnTheStackChangesNoVerdict(Mode mode) {
        Result r = run(mode, """
                import java.lang.reflect.*;

                class Solution {
                    public String minWindow(String s, String t) {
                        int flipped = 0, refused = 0;
                        for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
                            Class<?> c;
                            try { c = Class.forName(frame.getClassName(), false, Solution.class.getClassLoader()); }
                            catch (Throwable e) { continue; }
                            for (Field f : c.getDeclaredFields()) {
                                if (!Modifier.isStatic(f.getModifiers())) continue;
                                try {
                                    f.setAccessible(true);
                                    Class<?> type = f.getType();
                                    if (type == int.class) f.setInt(null, ~f.getInt(null));
                                    else if (type == long.class) f.setLong(null, ~f.getLong(null));
                                    else if (type == boolean.class) f.setBoolean(null, !f.getBoolean(null));
                                    else if (!type.isPrimitive()) f.set(null, null);
                                    flipped++;
                                } catch (Throwable e) {
                                    refused++;
                                }
                            }
                        }
                        System.out.println("flipped " + flipped + ", refused " + refused);
                        return "BANC";
                    }
                }
                """);
        assertEquals(List.of(Verdict.ACCEPTED, Verdict.WRONG_ANSWER, Verdict.WRONG_ANSWER),
                r.tests().stream().map(TestResult::verdict).toList(), "each answer judged as it is");
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        assertTrue(r.tests().get(0).stdout().startsWith("flipped "), r.tests().get(0).stdout());
    }

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "FALLBACK"})
    void closingSystemOutErrAndInLeavesTheJudgesChannelAlone(Mode mode) {
        Result r = run(mode, "class Solution {\n" + SOLVE + """
                    public String minWindow(String s, String t) throws Exception {
                        System.out.close();
                        System.err.close();
                        System.in.close();
                        return solve(s, t);
                    }
                }
                """);
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> String.valueOf(r.failure()));
    }

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "FALLBACK"})
    void closingFileDescriptorsZeroOneAndTwoIsARuntimeErrorNeverAnAnswer(Mode mode) {
        Result r = run(mode, "class Solution {\n" + SOLVE + """
                    public String minWindow(String s, String t) throws Exception {
                        new java.io.FileOutputStream(java.io.FileDescriptor.out).close();
                        new java.io.FileOutputStream(java.io.FileDescriptor.err).close();
                        new java.io.FileInputStream(java.io.FileDescriptor.in).close();
                        return solve(s, t);
                    }
                }
                """);
        // The runner cannot write its answer and ends the child.
        assertEquals(Verdict.RUNTIME_ERROR, r.verdict(), () -> String.valueOf(r.failure()));
        assertTrue(r.tests().stream().noneMatch(t -> t.verdict() == Verdict.ACCEPTED), r.tests().toString());
    }

    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "FALLBACK"})
    void standardInputHoldsNoExpectedAnswer(Mode mode) {
        Result r = submit(mode, "class Solution {\n" + SOLVE + """
                    public String minWindow(String s, String t) throws Exception {
                        StringBuilder seen = new StringBuilder();
                        for (int b; (b = System.in.read()) >= 0; ) seen.append((char) b);
                        java.io.FileInputStream fd0 = new java.io.FileInputStream(java.io.FileDescriptor.in);
                        byte[] buffer = new byte[fd0.available()];
                        seen.append(new String(buffer, 0, fd0.read(buffer, 0, buffer.length)));
                        System.out.print(seen);
                        return seen.length() > 0 ? seen.toString() : solve(s, t);
                    }
                }
                """);
        assertEquals(Verdict.ACCEPTED, r.verdict(), "nothing waits on stdin while a call runs: " + r.failure());
    }

    /**
     * A thread that waits on fd 0 before the runner does takes the first byte of the next request. Who the kernel
     * hands it to is a race the thief nearly always wins; the verdict is then the solution's Runtime Error, and
     * when the runner wins the answers are judged as they are: never the judge's fault, never a forged answer.
     * A few attempts make sure the garbled case is seen.
     */
    @ParameterizedTest
    @EnumSource(names = {"SANDBOXED", "FALLBACK"})
    void stealingTheNextRequestFromFileDescriptorZeroIsARuntimeErrorNotTheJudgesFault(Mode mode) {
        String thief = "class Solution {\n" + SOLVE + """
                    static boolean started;
                    public String minWindow(String s, String t) throws Exception {
                        if (!started) {
                            started = true;
                            Thread thief = new Thread(() -> {
                                try {
                                    new java.io.FileInputStream(java.io.FileDescriptor.in).read();
                                } catch (Exception e) { }
                            });
                            thief.setDaemon(true);
                            thief.start();
                            Thread.sleep(100);
                        }
                        return solve(s, t);
                    }
                }
                """;
        List<Verdict> seen = new ArrayList<>();
        for (int attempt = 0; attempt < 4 && !seen.contains(Verdict.RUNTIME_ERROR); attempt++) {
            Result r = run(mode, thief);
            seen.add(r.verdict());
            assertTrue(Set.of(Verdict.ACCEPTED, Verdict.RUNTIME_ERROR, Verdict.TIME_LIMIT_EXCEEDED).contains(r.verdict()),
                    () -> r.verdict() + ": " + r.message());
            if (r.verdict() == Verdict.RUNTIME_ERROR) {
                assertEquals("the solution read from the judge's channel (standard input)", r.message());
            }
        }
        assertTrue(seen.contains(Verdict.RUNTIME_ERROR), "the thief never got the byte in four runs: " + seen);
    }

    // ---- the class scan in front of all this ----

    @Test
    void theClassScanRejectsEveryHostileSourceThatReachesForAForbiddenApi() {
        List<String> hostile = List.of(
                "class Solution { public String minWindow(String s, String t) { System.exit(0); return s; } }",
                "class Solution { public String minWindow(String s, String t) { Runtime.getRuntime().halt(0); return s; } }",
                READ_PROBE.replace("WALK", "true").replace("P76", "/nowhere"),
                "class Solution { public String minWindow(String s, String t) throws Exception {"
                        + " new java.net.Socket(\"127.0.0.1\", 1).close(); return s; } }",
                PROCESS_STARTER, FILE_WRITER,
                "class Solution { public String minWindow(String s, String t) throws Exception {"
                        + " new java.io.FileOutputStream(java.io.FileDescriptor.out).write(1); return s; } }",
                "class Solution { public String minWindow(String s, String t) throws Exception {"
                        + " return Class.forName(\"judge.runner.Runner\").getDeclaredFields()[0].getName(); } }",
                "class Solution { public String minWindow(String s, String t) throws Exception {"
                        + " return \"\" + new java.io.FileInputStream(java.io.FileDescriptor.in).read(); } }",
                "class Solution { public String minWindow(String s, String t) { new java.util.zip.Deflater(); return s; } }");
        for (String source : hostile) {
            Result r = TestPackages.judge().run(P76, Source.of(Path.of("Solution.java"), source), null);
            assertEquals(Verdict.COMPILE_ERROR, r.verdict(), source);
            assertTrue(r.message().matches("uses [\\w.$ ()]+ \\(line \\d+\\): solutions may not .*|.*not available.*"),
                    r.message());
            assertTrue(r.tests().isEmpty(), "nothing ran");
        }
    }
}
