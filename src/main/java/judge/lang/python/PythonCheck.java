package judge.lang.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import judge.compile.CompileError;
import judge.compile.CompileResult;
import judge.compile.Source;

/**
 * Python's "compile" step: {@code check.py}, a trusted program that only parses the solution with {@code ast}
 * and never runs it, in a process of its own under a time limit and an output cap. It reports syntax and
 * indentation errors and a missing or mis-declared class or method at the user's line and column, as JSON.
 */
final class PythonCheck {
    static final Duration TIME_LIMIT = Duration.ofSeconds(20);
    private static final int MAX_OUTPUT = 1 << 20;
    private static final int MAX_ERRORS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PythonCheck() {}

    /**
     * Runs {@code check.py} on {@code file} (the source as written to disk) with {@code config} (see its
     * docstring and {@link PythonStub#checkConfig}).
     */
    static CompileResult run(PythonRuntime python, Path file, Source source, String config, Path into) {
        List<String> command = List.of(python.executable().toString(), "-I", "-S", "-B",
                PythonFiles.get().check().toString(), file.toString(), config);
        Process p;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().clear();
            builder.environment().put("LANG", "C.UTF-8");
            p = builder.start();
        } catch (IOException e) {
            return new CompileResult.Failed("cannot run the Python check: " + e.getMessage(), List.of());
        }
        try {
            p.getOutputStream().close();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readCapped(p.getInputStream()));
            if (!p.waitFor(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                return new CompileResult.Failed("the Python check did not finish within " + TIME_LIMIT.toSeconds()
                        + " s (is the source unusually large or deeply nested?)", List.of());
            }
            String text = new String(out.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8).trim();
            return read(text, source, into);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return new CompileResult.Failed("interrupted while checking the source", List.of());
        } catch (Exception e) {
            p.destroyForcibly();
            return new CompileResult.Failed("the Python check failed: " + e.getMessage(), List.of());
        }
    }

    private static byte[] readCapped(InputStream in) {
        try {
            byte[] kept = in.readNBytes(MAX_OUTPUT);
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return kept;
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Reads {@code check.py}'s JSON: {@code {"ok": true}} or {@code {"ok": false, "errors": [...]}}. */
    static CompileResult read(String text, Source source, Path into) {
        JsonNode root;
        try {
            root = JSON.readTree(text.lines().reduce((a, b) -> b).orElse(""));
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.has("ok")) {
            return new CompileResult.Failed("the Python check gave no verdict: "
                    + (text.length() > 300 ? text.substring(0, 300) + "..." : text), List.of());
        }
        if (root.get("ok").asBoolean()) {
            return new CompileResult.Compiled(into);
        }
        List<CompileError> errors = new ArrayList<>();
        for (JsonNode e : root.path("errors")) {
            if (errors.size() == MAX_ERRORS) {
                break;
            }
            long line = e.path("line").asLong(0);
            long column = e.path("column").asLong(0);
            errors.add(new CompileError(line, column, e.path("message").asText("error"), source.line(line)));
        }
        String summary = errors.isEmpty() ? "the Python check rejected the source"
                : errors.size() == 1 ? errors.get(0).message()
                : errors.get(0).message() + " (and " + (errors.size() - 1) + " more)";
        return new CompileResult.Failed(summary, errors);
    }
}
