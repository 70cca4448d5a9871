package judge.lang.python;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import judge.runner.Frames;
import judge.value.Value;
import judge.value.ValueFormat;

/**
 * One run of {@code python3 runner.py} with no sandbox: sends the configuration and the batches with the
 * judge's own framing, closes stdin, and splits what came back into the answers (frames with the nonce) and
 * everything else.
 */
final class RunnerSession {
    static final String NONCE = "6e6f6e6365";

    final List<List<Value>> answers = new ArrayList<>();
    String stray;
    String stderr;
    int exitStatus;

    static RunnerSession run(Path dir, String source, String className, String method, List<Value> design,
            List<String> types, long limitBytes, String... batches) throws Exception {
        return run(dir, source, className, method, design, types, limitBytes, 0, batches);
    }

    static RunnerSession run(Path dir, String source, String className, String method, List<Value> design,
            List<String> types, long limitBytes, int memoryMb, String... batches) throws Exception {
        Path file = dir.resolve("solution.py");
        Files.writeString(file, source);
        List<Value> config = new ArrayList<>(List.of(new Value.Str(NONCE), new Value.Str(className),
                method == null ? Value.Null.INSTANCE : new Value.Str(method), new Value.Int(64 << 10),
                new Value.Int(limitBytes), new Value.Str(file.toString()), new Value.Arr(design)));
        if (types != null || memoryMb > 0) {
            config.add(types == null ? new Value.Arr(List.of())
                    : new Value.Arr(types.stream().<Value>map(Value.Str::new).toList()));
        }
        if (memoryMb > 0) {
            config.add(new Value.Str("python"));
            config.add(new Value.Int(memoryMb));
        }
        Process p = new ProcessBuilder(PythonProcess.python(), PythonProcess.DIR.resolve("runner.py").toString())
                .directory(dir.toFile()).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        try (OutputStream in = p.getOutputStream()) {
            in.write(Frames.request(ValueFormat.format(new Value.Arr(config))));
            for (String batch : batches) {
                in.write(Frames.request(batch));
            }
        } catch (IOException e) {
            // The runner may have ended already (sys.exit, output limit): what it wrote is the result.
        }
        // A hang guard only: at a load of 30 (two cores) the deep-recursion session took over 120 s.
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the runner did not end");
        }
        RunnerSession s = new RunnerSession();
        s.exitStatus = p.exitValue();
        s.stderr = new String(err.get(), StandardCharsets.UTF_8);
        String text = new String(out.get(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\u0001J" + NONCE + " (\\d+)\n(.*?)\u0001E" + NONCE + "\n", Pattern.DOTALL)
                .matcher(text);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            rest.append(text, last, m.start());
            last = m.end();
            if (m.group(2).getBytes(StandardCharsets.UTF_8).length != Integer.parseInt(m.group(1))) {
                throw new IllegalStateException("a frame's length is wrong: " + m.group());
            }
            s.answers.add(((Value.Arr) ValueFormat.parse(m.group(2))).items());
        }
        s.stray = rest.append(text.substring(last)).toString();
        return s;
    }

    static RunnerSession run(Path dir, String source, String method, String... batches) throws Exception {
        return run(dir, source, "Solution", method, List.of(), null, 16 << 20, batches);
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Value> answer(int i) {
        return answers.get(i);
    }

    static String str(Value v) {
        return ((Value.Str) v).value();
    }
}
