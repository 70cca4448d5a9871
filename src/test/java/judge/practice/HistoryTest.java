package judge.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history database: what it keeps, two writers at once, and damaged or unwritable files. */
class HistoryTest {
    @TempDir Path dir;

    static Submission submission(String mode, int problem, String verdict, String source) {
        return new Submission(0, Instant.parse("2026-11-28T21:00:00Z"), mode, problem, "p" + problem, verdict, 3, 3,
                12.5, 40.0, "Solution.java", Recorder.hash(source), source, null);
    }

    @Test
    void keepsEverySubmissionWithItsSourceAndNumbersThemInOrder() {
        try (History h = History.open(dir.resolve("sub/history.db"))) {
            Submission first = h.record(submission("run", 76, "WRONG_ANSWER", "class Solution {}"));
            Submission second = h.record(submission("submit", 76, "ACCEPTED", "class Solution { int x; }"));
            assertEquals(first.id() + 1, second.id());
            Submission found = h.find(second.id()).orElseThrow();
            assertEquals("class Solution { int x; }", found.source());
            assertEquals(Recorder.hash("class Solution { int x; }"), found.sourceHash());
            assertEquals("ACCEPTED", found.verdict());
            assertEquals(12.5, found.runtimeMs());
            assertEquals(40.0, found.memoryMb());
            assertEquals(Instant.parse("2026-11-28T21:00:00Z"), found.time());
            assertTrue(h.find(999).isEmpty());
        }
    }

    @Test
    void listsNewestFirstByProblemWithoutSources() {
        try (History h = History.open(dir.resolve("history.db"))) {
            h.record(submission("run", 76, "WRONG_ANSWER", "a"));
            h.record(submission("submit", 1, "ACCEPTED", "b"));
            h.record(submission("submit", 76, "ACCEPTED", "c"));
            List<Submission> of76 = h.list(76, 10);
            assertEquals(List.of("submit", "run"), of76.stream().map(Submission::mode).toList());
            assertNull(of76.get(0).source());
            assertEquals(3, h.list(null, 10).size());
            assertEquals(1, h.list(null, 1).size());
            assertEquals(3, h.all().size());
        }
    }

    @Test
    void keepsNullRuntimeAndMemory() {
        try (History h = History.open(dir.resolve("history.db"))) {
            Submission s = h.record(new Submission(0, Instant.now(), "fuzz", 76, "p", "PASSED", 500, null, null, null,
                    "S.java", "00", "x", null));
            Submission found = h.find(s.id()).orElseThrow();
            assertNull(found.runtimeMs());
            assertNull(found.memoryMb());
            assertNull(found.total());
            assertEquals(500, found.passed());
        }
    }

    @Test
    void twoWritersAtOnceLoseNothing() throws Exception {
        Path file = dir.resolve("history.db");
        int each = 150;
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < 2; w++) {
            int writer = w;
            threads.add(new Thread(() -> {
                try (History h = History.open(file)) {
                    for (int i = 0; i < each; i++) {
                        h.record(submission("run", writer, "ACCEPTED", "writer " + writer + " #" + i));
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), failures);
        try (History h = History.open(file)) {
            assertEquals(2 * each, h.all().size());
            assertEquals(each, h.list(0, 1000).size());
        }
    }

    @Test
    void twoJudgeProcessesWritingAtOnceLoseNothing() throws Exception {
        Path file = dir.resolve("history.db");
        int each = 100;
        List<Process> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            writers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), HistoryWriter.class.getName(), file.toString(),
                    "" + w, "" + each).redirectErrorStream(true).start());
        }
        for (Process p : writers) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a writer hung");
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), out);
        }
        try (History h = History.open(file)) {
            List<Submission> all = h.all();
            assertEquals(2 * each, all.size());
            Set<Long> ids = new HashSet<>();
            all.forEach(s -> ids.add(s.id()));
            assertEquals(2 * each, ids.size(), "every record has its own number");
            assertEquals(each, h.list(1, 1000).size());
        }
    }

    @Test
    void aDamagedFileIsAClearError() throws Exception {
        Path file = dir.resolve("history.db");
        Files.writeString(file, "this is not a database\n".repeat(200));
        HistoryException e = assertThrows(HistoryException.class, () -> History.open(file));
        assertTrue(e.getMessage().startsWith(file + " is damaged or not a history database; move it away"),
                e.getMessage());
    }

    @Test
    void aFolderThatCannotBeMadeIsAClearError() throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        HistoryException e = assertThrows(HistoryException.class, () -> History.open(notAFolder.resolve("history.db")));
        assertTrue(e.getMessage().startsWith("cannot create the folder of " + notAFolder.resolve("history.db")),
                e.getMessage());
    }

    @Test
    void aHistoryFromANewerJudgeIsRefused() throws Exception {
        Path file = dir.resolve("history.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 9");
        }
        HistoryException e = assertThrows(HistoryException.class, () -> History.open(file));
        assertTrue(e.getMessage().contains("was written by a newer judge (history version 9"), e.getMessage());
    }

    @Test
    void theRecorderWarnsOnceAndGoesOnWhenTheHistoryIsDamaged() throws Exception {
        Path file = dir.resolve("history.db");
        Files.writeString(file, "garbage".repeat(1000));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Recorder r = new Recorder(file, new PrintStream(err, true, StandardCharsets.UTF_8))) {
            assertTrue(r.record(submission("run", 76, "ACCEPTED", "x")).isEmpty());
            assertTrue(r.record(submission("run", 76, "ACCEPTED", "x")).isEmpty());
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("judge: not recorded in the history: " + file + " is damaged"), text);
        assertEquals(1, text.lines().count(), text);
        assertEquals("garbage".repeat(1000), Files.readString(file), "the damaged file is left as it was");
    }

    /** A second judge process writing the history: {@code FILE WRITER COUNT}. */
    public static final class HistoryWriter {
        public static void main(String[] args) {
            try (History h = History.open(Path.of(args[0]))) {
                for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                    h.record(submission("submit", Integer.parseInt(args[1]), "ACCEPTED", "process " + args[1] + " #" + i));
                }
            }
        }
    }
}
