package judge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import judge.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tests never touch the user's home: the suite runs with a home of its own, a judge started as a process
 * keeps its history and cache under {@code $HOME} (or the XDG folders) and nowhere else, and judging a
 * package's own files is not recorded as practice.
 */
class HomeGuardTest {
    @TempDir Path dir;

    /** The problems folder the judge processes read. */
    private Path problems = TestPackages.PROBLEMS;

    @Test
    void theSuiteRunsWithAHomeOfItsOwnUnderTarget() {
        // Set by the pom for every test JVM and inherited by every judge a test starts as a process.
        for (String home : new String[] {System.getenv("HOME"), System.getProperty("user.home"),
                System.getenv("XDG_DATA_HOME"), System.getenv("XDG_CACHE_HOME")}) {
            assertTrue(home != null && Path.of(home).toAbsolutePath().normalize().toString().contains("/target/test-home"),
                    "a test would write in the user's home: " + home);
        }
    }

    @Test
    void aJudgeProcessKeepsItsHistoryAndCacheUnderHomeAndWritesNothingElse() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path userHome = Files.createDirectories(dir.resolve("user-home"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Path solution = work.resolve("Solution.java");
        Files.copy(TestPackages.P76.resolve("reference/Solution.java"), solution);
        // What is written where does not depend on how big the hidden tests are: the small 76 will do.
        problems = TestPackages.small76(dir.resolve("problems")).getParent();

        int exit = judgeProcess(Map.of("HOME", home.toString()), userHome, work, "submit", "76", "Solution.java");
        assertEquals(0, exit);
        assertTrue(Files.isRegularFile(home.resolve(".local/share/judge/history.db")), listing(home));
        assertTrue(Files.isDirectory(home.resolve(".cache/judge")), listing(home));
        assertEquals(List.of(), files(userHome), "the judge wrote under user.home, not $HOME");
        assertEquals(List.of(solution), files(work), "the judge wrote in the working folder");

        Path xdgData = dir.resolve("xdg-data");
        Path xdgCache = dir.resolve("xdg-cache");
        Path home2 = Files.createDirectories(dir.resolve("home2"));
        exit = judgeProcess(Map.of("HOME", home2.toString(), "XDG_DATA_HOME", xdgData.toString(), "XDG_CACHE_HOME",
                xdgCache.toString()), userHome, work, "run", "76", "Solution.java");
        assertEquals(0, exit);
        assertTrue(Files.isRegularFile(xdgData.resolve("judge/history.db")), listing(dir));
        assertTrue(Files.isDirectory(xdgCache.resolve("judge")), listing(dir));
        assertEquals(List.of(), files(home2), "XDG folders win over $HOME");
        assertEquals(List.of(), files(userHome));
    }

    @Test
    void judgingAPackagesOwnSolutionIsNotRecorded() {
        Path data = dir.resolve("data");
        CliTest.Run r = CliTest.judge("--data", data.toString(), "submit", "76",
                TestPackages.P76.resolve("reference/Solution.java").toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(data.resolve("history.db")), "the reference was recorded as practice");

        Path mine = dir.resolve("Solution.java");
        TestPackages.write(mine, TestPackages.read(TestPackages.P76.resolve("reference/Solution.java")));
        CliTest.Run own = CliTest.judge("--data", data.toString(), "run", "76", mine.toString());
        assertEquals(0, own.exit(), own.err());
        assertTrue(Files.exists(data.resolve("history.db")), "a file of the user's is recorded");
    }

    /** Runs the judge as a new JVM with only the given home variables: no judge.* property, no JUDGE_* variable. */
    private int judgeProcess(Map<String, String> homes, Path userHome, Path work, String... args)
            throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + userHome, "-cp", classPath, "judge.Main", "--problems", problems.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("JUDGE_") || k.startsWith("XDG_") || k.equals("HOME"));
        pb.environment().putAll(homes);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        assertTrue(p.exitValue() <= 1, out);
        return p.exitValue();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(f -> !f.equals(root)).toList();
        }
    }

    private static String listing(Path root) throws IOException {
        return files(root).toString();
    }
}
