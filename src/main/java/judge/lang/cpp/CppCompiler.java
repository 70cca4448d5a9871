package judge.lang.cpp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import judge.compile.CompileCache;
import judge.compile.CompileError;
import judge.compile.CompileResult;
import judge.compile.Source;
import judge.sandbox.RuntimeFiles;
import judge.sandbox.Sandbox;

/**
 * Compiles a C++ translation unit ({@link CppDriver#unit}) into the binary {@value #BINARY}, treating the
 * compiler as untrusted work: it runs under bubblewrap when the OS sandbox is active (it sees the system's
 * {@code /usr} and its own folder, nothing of {@code /etc}, the judge, the problems or the user's home, so
 * {@code #include "/etc/shadow"} is "no such file"), with a CPU-time limit, a wall-clock backstop, a memory
 * limit and a cap on what it prints.
 *
 * <p>Binaries are cached under the compile cache's {@code cpp/} folder, keyed by the SHA-256 of the unit, the
 * prelude, the compiler's version and the flags, with the binary's own SHA-256 beside it (checked on use), so
 * {@code watch} and {@code grade} never compile the same file twice. The prelude is precompiled once per
 * compiler and flags ({@code judge_prelude.h.gch}): the standard library's headers are most of a compile.
 */
final class CppCompiler {
    static final String BINARY = "solution";
    static final String UNIT = "solution.cpp";
    /** CPU seconds g++ may use on one solution; {@code -Djudge.cpp.compileSeconds} changes it (tests). */
    static final int DEFAULT_CPU_SECONDS = 30;
    private static final int MAX_OUTPUT = 64 << 10;
    private static final int MAX_ERRORS = 20;
    private static final long MEMORY_KB = 2L << 20;
    private static final Pattern DIAGNOSTIC = Pattern.compile("^(.*?):(\\d+):(\\d+): (?:fatal )?error: (.*)$");

    /** The flags of an honest build (submit) and of a checked one (run, fuzz). */
    static List<String> flags(boolean sanitizers) {
        List<String> flags = new ArrayList<>(List.of("-std=c++17", "-O2", "-pthread"));
        if (sanitizers) {
            flags.addAll(List.of("-g", "-fsanitize=address,undefined", "-fno-omit-frame-pointer",
                    "-fno-sanitize-recover=undefined"));
        }
        return flags;
    }

    private final CppToolchain tools;
    private final Path cacheRoot;

    CppCompiler(CppToolchain tools, Path cacheRoot) {
        this.tools = tools;
        this.cacheRoot = cacheRoot;
    }

    static Path defaultCacheRoot() {
        return CompileCache.defaultRoot().resolve("cpp");
    }

    static int cpuSeconds() {
        try {
            return Integer.parseInt(System.getProperty("judge.cpp.compileSeconds", String.valueOf(DEFAULT_CPU_SECONDS)));
        } catch (NumberFormatException e) {
            return DEFAULT_CPU_SECONDS;
        }
    }

    /** Compiles {@code unit} (the source {@code source}'s) into {@code into}/{@value #BINARY}, or says why not. */
    CompileResult compile(String unit, Source source, Path into, boolean sanitizers, Sandbox sandbox) {
        List<String> flags = flags(sanitizers);
        String prelude = CppFiles.prelude();
        String key = sha256(tools.version() + "\0" + flags + "\0" + prelude + "\0" + unit);
        Path entry = cacheRoot.resolve("bin").resolve(key);
        try {
            if (intact(entry)) {
                copyBinary(entry.resolve(BINARY), into);
                return new CompileResult.Compiled(into);
            }
            Path pch = precompiledPrelude(flags, prelude);
            Path work = judge.sandbox.Leftovers.tempFolder("judge-cpp-build-");
            try {
                Files.writeString(work.resolve(UNIT), unit, StandardCharsets.UTF_8);
                List<String> gpp = new ArrayList<>(List.of(tools.compiler().toString()));
                gpp.addAll(flags);
                gpp.addAll(List.of("-fdiagnostics-color=never", "-fmax-errors=" + MAX_ERRORS, "-I", pch.toString(),
                        "-o", BINARY, UNIT));
                Run run = runLimited(gpp, work, List.of(pch), sandbox);
                if (run.timedOut()) {
                    return new CompileResult.Failed("the compiler ran out of time (" + cpuSeconds() + " s of CPU):"
                            + " templates or constexpr evaluation too heavy to compile", List.of());
                }
                Path binary = work.resolve(BINARY);
                if (run.status() != 0 || !Files.isRegularFile(binary)) {
                    return failed(run.output(), source, run.status());
                }
                store(binary, entry);
                copyBinary(binary, into);
                return new CompileResult.Compiled(into);
            } finally {
                RuntimeFiles.deleteTree(work);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compile " + source.path(), e);
        }
    }

    /** The folder holding {@code judge_prelude.h} and its precompiled header for {@code flags}, built once. */
    private Path precompiledPrelude(List<String> flags, String prelude) throws IOException {
        Path folder = cacheRoot.resolve("pch").resolve(sha256(tools.version() + "\0" + flags + "\0" + prelude));
        Path gch = folder.resolve(CppDriver.PRELUDE + ".gch");
        if (Files.isRegularFile(gch)) {
            return folder;
        }
        Path work = judge.sandbox.Leftovers.tempFolder("judge-cpp-pch-");
        try {
            Files.writeString(work.resolve(CppDriver.PRELUDE), prelude, StandardCharsets.UTF_8);
            List<String> gpp = new ArrayList<>(List.of(tools.compiler().toString()));
            gpp.addAll(flags);
            gpp.addAll(List.of("-x", "c++-header", "-o", CppDriver.PRELUDE + ".gch", CppDriver.PRELUDE));
            // The prelude is the judge's own code: compiled without the sandbox, but with the same limits.
            Run run = runLimited(gpp, work, List.of(), null);
            if (run.status() != 0) {
                // No precompiled header: every compile parses the prelude itself, slower but correct.
                Files.deleteIfExists(work.resolve(CppDriver.PRELUDE + ".gch"));
            }
            publish(work, folder);
        } finally {
            RuntimeFiles.deleteTree(work);
        }
        return folder;
    }

    /** Moves {@code built} to {@code target} in one step; another judge that got there first wins. */
    private static void publish(Path built, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), ".staging-");
        try {
            try (var files = Files.list(built)) {
                for (Path f : files.toList()) {
                    Files.copy(f, staging.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // another judge stored it first
            } catch (IOException e) {
                if (!Files.isDirectory(target)) {
                    throw e;
                }
            }
        } finally {
            RuntimeFiles.deleteTree(staging);
        }
    }

    private static void store(Path binary, Path entry) throws IOException {
        Path built = judge.sandbox.Leftovers.named("judge-cpp-entry-");
        try {
            Files.copy(binary, built.resolve(BINARY));
            Files.writeString(built.resolve(BINARY + ".sha256"), sha256(Files.readAllBytes(binary)));
            if (Files.isDirectory(entry)) {
                RuntimeFiles.deleteTree(entry); // an entry that failed its check: replaced
            }
            publish(built, entry);
        } finally {
            RuntimeFiles.deleteTree(built);
        }
    }

    /** An entry whose binary still has the hash written beside it (nothing changed it since). */
    private static boolean intact(Path entry) {
        try {
            Path binary = entry.resolve(BINARY);
            Path sum = entry.resolve(BINARY + ".sha256");
            return Files.isRegularFile(binary) && Files.isRegularFile(sum)
                    && Files.readString(sum).trim().equals(sha256(Files.readAllBytes(binary)));
        } catch (IOException e) {
            return false;
        }
    }

    private static void copyBinary(Path binary, Path into) throws IOException {
        Path target = into.resolve(BINARY);
        Files.copy(binary, target, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** What a compiler run did: its exit status, what it printed (capped), whether it ran out of time. */
    record Run(int status, String output, boolean timedOut) {}

    /**
     * Runs {@code command} in {@code work} under the CPU, memory and file-size limits ({@code ulimit} in a shell
     * that then becomes the compiler) and, when {@code sandbox} isolates, under bubblewrap seeing {@code /usr},
     * {@code readOnly} and {@code work} only.
     */
    Run runLimited(List<String> command, Path work, List<Path> readOnly, Sandbox sandbox) throws IOException {
        int seconds = cpuSeconds();
        List<String> limited = new ArrayList<>(List.of("/bin/sh", "-c", "ulimit -t " + seconds + " && ulimit -v " + MEMORY_KB
                + " && ulimit -f " + (256 << 10) + " && ulimit -c 0 && exec \"$@\"", "judge-cpp-compile"));
        limited.addAll(command);
        List<String> full = sandbox != null && sandbox.isolated() ? CppSandbox.wrap(limited, work, readOnly) : limited;
        ProcessBuilder builder = new ProcessBuilder(full).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("LC_ALL", "C"); // ASCII quotes in diagnostics
        builder.environment().put("TMPDIR", sandbox != null && sandbox.isolated() ? "/tmp" : work.toString());
        Process p = builder.start();
        p.getOutputStream().close();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readCapped(p.getInputStream()));
        try {
            // The wall-clock backstop: CPU seconds, then room for a machine busy with other work.
            if (!p.waitFor(seconds * 4L + 30, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                return new Run(-1, "", true);
            }
            String text = new String(out.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
            int status = p.exitValue();
            // SIGXCPU (24) or SIGKILL at the hard limit: the CPU limit, seen directly or through bwrap.
            boolean cpu = status == 128 + 24 || status == 128 + 9 || text.contains("CPU time limit exceeded");
            return new Run(status, text, cpu && status != 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            return new Run(-1, "interrupted", false);
        } catch (Exception e) {
            return new Run(p.isAlive() ? -1 : p.exitValue(), "", false);
        }
    }

    private static byte[] readCapped(InputStream in) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                int room = MAX_OUTPUT - kept.size();
                if (room > 0) {
                    kept.write(buf, 0, Math.min(room, n));
                }
            }
        } catch (IOException e) {
            // the process ended: what was read is all there is
        }
        return kept.toByteArray();
    }

    /** The compiler's errors at the user's lines; the driver's own (a signature the solution does not match) said so. */
    static CompileResult failed(String output, Source source, int status) {
        String fileName = source.path().getFileName() == null ? "solution.cpp" : source.path().getFileName().toString();
        List<CompileError> errors = new ArrayList<>();
        String driverError = null;
        for (String line : output.split("\n")) {
            Matcher m = DIAGNOSTIC.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String file = m.group(1);
            if (file.equals(fileName)) {
                long at = Long.parseLong(m.group(2));
                if (errors.size() < MAX_ERRORS) {
                    errors.add(new CompileError(at, Long.parseLong(m.group(3)), m.group(4), source.line(at)));
                }
            } else if (file.equals(CppDriver.DRIVER_FILE) && driverError == null) {
                driverError = m.group(4);
            } else if (errors.size() < MAX_ERRORS) {
                errors.add(new CompileError(0, 0, file + ":" + m.group(2) + ": " + m.group(4), ""));
            }
        }
        if (driverError != null) {
            errors.add(new CompileError(0, 0, "the judge's driver cannot call the solution as the problem declares"
                    + " it (is the class, method or a parameter type different from LeetCode's?): " + driverError, ""));
        }
        if (errors.isEmpty()) {
            String text = output.strip();
            String summary = text.isEmpty() ? "the compiler failed with status " + status
                    : "the compiler failed: " + (text.length() > 2000 ? text.substring(0, 2000) + "..." : text);
            return new CompileResult.Failed(summary, List.of());
        }
        CompileError first = errors.get(0);
        return new CompileResult.Failed(first.line() > 0 ? fileName + ":" + first.line() + ": " + first.message()
                : first.message(), errors);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
