package judge.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import judge.TestPackages;
import judge.judging.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch loop, driven by writing the file as an editor would and reading what the watcher reports. */
class WatcherTest {
    /** Generous: the suite runs on a busy two-core machine; a healthy cycle takes about a second. */
    private static final long WAIT_SECONDS = 120;

    @TempDir Path dir;

    static String submission(String verdict, String name) {
        return TestPackages.read(TestPackages.P76.resolve("submissions/" + verdict + "/" + name));
    }

    @Test
    void everySaveIsJudgedFromWrongAnswerToAccepted() throws Exception {
        Path file = dir.resolve("Solution.java");
        Files.writeString(file, "class Solution { public String minWindow(String s, String t) { return \"\"; } }");
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        Watcher watcher = new Watcher(TestPackages.judge(), TestPackages.p76(), file, new Watcher.Listener() {
            @Override
            public void done(Watcher.Cycle cycle) {
                events.add(cycle);
            }

            @Override
            public void unreadable(String message) {
                events.add(message);
            }
        });
        AtomicBoolean stop = new AtomicBoolean();
        Thread loop = new Thread(() -> {
            try {
                watcher.watch(stop);
            } catch (Exception e) {
                events.add(e);
            }
        });
        loop.start();
        try {
            Watcher.Cycle first = cycle(events);
            assertEquals(Verdict.WRONG_ANSWER, first.run().verdict(), "judged at once, before any save");
            assertNull(first.submit(), "no submit while the examples fail");

            Files.writeString(file, submission("accepted", "HashMapWindow.java"));
            Watcher.Cycle second = cycle(events);
            assertEquals(Verdict.ACCEPTED, second.run().verdict());
            assertNotNull(second.submit());
            assertEquals(Verdict.ACCEPTED, second.submit().verdict());
            assertEquals("submit", second.submit().mode());
            assertTrue(second.took().toMillis() > 0);

            // An editor that saves by writing a new file and renaming it over the old one.
            Path tmp = dir.resolve(".Solution.java.swp");
            Files.writeString(tmp, submission("wrong_answer", "CaseFolding.java"));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Watcher.Cycle third = cycle(events);
            assertEquals(Verdict.ACCEPTED, third.run().verdict(), "the examples pass");
            assertEquals(Verdict.WRONG_ANSWER, third.submit().verdict(), "a hidden test does not");

            Files.writeString(file, "");
            assertEquals(file + ": the file is empty; expected a Java file with class Solution",
                    events.poll(WAIT_SECONDS, TimeUnit.SECONDS), "a half-written file waits for the next save");
        } finally {
            stop.set(true);
            loop.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }
        assertFalse(loop.isAlive(), "the loop ends when told to");
    }

    @Test
    void aSaveThatChangesNothingIsNotJudgedAgain() {
        Path file = dir.resolve("Solution.java");
        TestPackages.write(file, submission("wrong_answer", "CaseFolding.java"));
        int[] judged = new int[1];
        Watcher watcher = new Watcher(TestPackages.judge(), TestPackages.p76(), file, new Watcher.Listener() {
            @Override
            public void judging(Path f) {
                judged[0]++;
            }
        });
        assertNotNull(watcher.judgeIfChanged(System.nanoTime()));
        TestPackages.write(file, submission("wrong_answer", "CaseFolding.java"));
        assertNull(watcher.judgeIfChanged(System.nanoTime()));
        assertEquals(1, judged[0]);
    }

    private static Watcher.Cycle cycle(BlockingQueue<Object> events) throws InterruptedException {
        Object e = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(e, "no verdict within " + WAIT_SECONDS + " s of a save");
        if (e instanceof Watcher.Cycle c) {
            return c;
        }
        throw new AssertionError("expected a judged save, got " + e);
    }
}
