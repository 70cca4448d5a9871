package judge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import judge.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code judge serve} listens on loopback unless told otherwise, and says what is wrong with its options. */
class ServeCommandTest {
    @TempDir Path dir;

    @Test
    void itListensOnLoopbackByDefault() {
        assertEquals("127.0.0.1", HelpTest.spec(List.of("serve")).findOption("--bind").defaultValue());
        assertEquals("" + ServeCommand.DEFAULT_PORT, HelpTest.spec(List.of("serve")).findOption("--port").defaultValue());
    }

    private static String[] usageError(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new java.util.ArrayList<>(List.of("--problems", TestPackages.PROBLEMS.toString(), "serve"));
        all.addAll(List.of(args));
        int exit = JudgeCommand.execute(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(JudgeCommand.EXIT_USAGE, exit, err.toString(StandardCharsets.UTF_8));
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void badOptionsAreUsageErrorsBeforeAnythingListens() throws IOException {
        assertTrue(usageError("--port", "70000")[1].contains("--port must be from 0 to 65535, not 70000"));
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        assertTrue(usageError("--workspace", file.toString())[1].contains("is not a folder"));
        assertTrue(usageError("--bind", "no-such-host.invalid")[1].contains("--bind no-such-host.invalid: not an"
                + " address of this machine"));
    }

    @Test
    void aTakenPortIsAUsageErrorNamingTheWayOut() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String err = usageError("--port", String.valueOf(taken.getLocalPort()), "--workspace", dir.toString())[1];
            assertTrue(err.contains("choose another with --port N, or --port 0 for any free port"), err);
        }
    }
}
