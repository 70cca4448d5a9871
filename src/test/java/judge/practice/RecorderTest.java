package judge.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recorder opens the history in the background; closing it early must still close what it opens. */
class RecorderTest {
    @TempDir Path dir;

    @Test
    void aHistoryOpenedAfterTheRecorderClosedIsClosedAndNothingFails() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<History> opened = new AtomicReference<>();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Recorder recorder = new Recorder(dir.resolve("history.db"), new PrintStream(err, true, StandardCharsets.UTF_8),
                file -> {
                    History h = History.open(file);
                    opened.set(h);
                    return h;
                });
        // Hold the opening thread until the command has finished and closed the recorder (a usage error, say):
        // the order that left the history open and threw a NullPointerException.
        recorder.beforeOpening = () -> {
            try {
                assertTrue(closed.await(60, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        AtomicReference<Throwable> uncaught = new AtomicReference<>();
        recorder.openInBackground();
        Thread opening = recorder.openingThread;
        opening.setUncaughtExceptionHandler((t, e) -> uncaught.set(e));
        recorder.close();
        closed.countDown();
        opening.join(60_000);

        assertEquals(null, uncaught.get(), "the opening thread failed");
        assertTrue(opened.get() != null, "the history was opened");
        assertTrue(opened.get().closed(), "the history opened after close() is closed");
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aRecordWaitsForTheBackgroundOpening() {
        Path file = dir.resolve("history.db");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Recorder recorder = new Recorder(file, new PrintStream(err, true, StandardCharsets.UTF_8))) {
            recorder.openInBackground();
            Submission s = new Submission(0, java.time.Instant.EPOCH, "submit", 1, "two-sum", "ACCEPTED", 1, 1, 1.0,
                    1.0, "Solution.java", Recorder.hash("x"), "x", null);
            assertTrue(recorder.record(s).isPresent(), err.toString(StandardCharsets.UTF_8));
        }
        assertEquals(1, History.readAll(file).size());
    }
}
