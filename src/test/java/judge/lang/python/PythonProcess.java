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
            available = PythonRuntime.get().available();
        }
        return available;
    }

    /**
     * The interpreter the judge runs Python with, at its real path ({@link PythonRuntime}): {@code python3} on
     * the PATH may be a pyenv shim, a shell script that takes seconds to start on a busy machine.
     */
    static String python() {
        if (!available()) {
            throw new IllegalStateException(PythonRuntime.get().problem());
        }
        return PythonRuntime.get().executable().toString();
    }

    /** What the Python program {@code code}, run with {@code args}, prints on stdout (it must exit 0). */
    static String program(String code, String... args) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(python(), "-c", code));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("python3 did not finish");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("python3 exited with " + p.exitValue() + ":\n" + out);
        }
        return out;
    }

    /** What {@code check.py source config} prints, without its trailing new line. */
    static String check(Path source, String config) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python(), DIR.resolve("check.py").toString(), source.toString(), config)
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
