package judge.lang.cpp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The C++ compiler of this machine, found once: {@code g++} on the {@code PATH} (or {@code /usr/bin}), else
 * {@code clang++}; its version line is part of every cache key. Only compilers under {@code /usr} are used:
 * the compile sandbox shows {@code /usr} and nothing else of the machine.
 */
record CppToolchain(Path compiler, String version, String problem) {
    private static CppToolchain found;

    static synchronized CppToolchain get() {
        if (found == null) {
            found = detect();
        }
        return found;
    }

    boolean available() {
        return problem == null;
    }

    private static CppToolchain detect() {
        for (String name : List.of("g++", "clang++")) {
            Path candidate = Path.of("/usr/bin", name);
            if (!Files.isExecutable(candidate)) {
                continue;
            }
            try {
                Process p = new ProcessBuilder(candidate.toString(), "--version").redirectErrorStream(true).start();
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    continue;
                }
                String first = out.lines().findFirst().orElse(name).trim();
                if (p.exitValue() == 0) {
                    return new CppToolchain(candidate, first, null);
                }
            } catch (IOException e) {
                // try the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new CppToolchain(null, "", "no C++ compiler: install g++ (apt-get install g++) or clang++ in /usr/bin");
    }
}
