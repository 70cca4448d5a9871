package judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code JUDGE_TRACE=1} prints where a judging spends its time on stderr, and nothing anywhere without it. */
class TraceTest {
    @TempDir Path dir;

    @Test
    void marksGoToStderrOnlyWhenAsked() throws Exception {
        String[] on = judge("1");
        assertTrue(on[1].matches("(?s)judge-trace: \\d+ ms main \\[main\\]\\R.*"), on[1]);
        assertFalse(on[0].contains("judge-trace"), "stdout is the report's: " + on[0]);
        String[] off = judge(null);
        assertEquals(on[0], off[0]);
        assertFalse(off[1].contains("judge-trace"), off[1]);
    }

    /** stdout and stderr of {@code judge --version} in a JVM of its own. */
    private String[] judge(String trace) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "judge.Main", "--version")).directory(dir.toFile());
        builder.environment().remove("JUDGE_TRACE");
        if (trace != null) {
            builder.environment().put("JUDGE_TRACE", trace);
        }
        builder.redirectError(dir.resolve("err").toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
        return new String[] {out, java.nio.file.Files.readString(dir.resolve("err"))};
    }
}
