package judge.lang.python;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the shipped Python programs (check.py, runner.py) straight from the source tree, for tests. */
final class PythonProcess {
    static final Path DIR = Path.of("src/main/resources/judge/lang/python").toAbsolutePath();
    private static Boolean available;

    private PythonProcess() {}

    static synchronized boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("python3", "-c", "import sys; assert sys.version_info >= (3, 9)")
                        .redirectErrorStream(true).start();
                available = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException | InterruptedException e) {
                available = false;
            }
        }
        return available;
    }

    /** What {@code check.py source config} prints, without its trailing new line. */
    static String check(Path source, String config) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", DIR.resolve("check.py").toString(), source.toString(), config)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("check.py did not finish");
        }
        return out.strip();
    }
}
