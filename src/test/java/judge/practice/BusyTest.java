package judge.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BusyTest {
    @Test
    void showsWhatItDoesAndClearsTheLineWhenDone() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Busy busy = new Busy(err, true, "judging 76...", 0)) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!bytes.toString(StandardCharsets.UTF_8).contains("judging 76...")) {
                assertTrue(System.nanoTime() < deadline, "no progress line");
                Thread.sleep(10);
            }
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s)\\r[|/\\\\-] judging 76\\.\\.\\. \\d+\\.\\d s .*"), text);
        assertTrue(text.endsWith("\r" + " ".repeat("judging 76...".length() + 12) + "\r"), "the line is cleared");
    }

    @Test
    void showsNothingWhenNotAtATerminalOrWhenQuick() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Busy busy = new Busy(err, false, "x", 0)) {
            Thread.sleep(200);
        }
        try (Busy busy = new Busy(err, true, "x", 60_000)) {
            Thread.sleep(50);
        }
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
