package judge.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The only classes of the judge that a sandboxed child may see, copied out of the judge's jar into two folders:
 * {@link #api()} holds what solutions compile against ({@code Pair}), {@link #runner()} the runner that calls the
 * solution and the value codec it uses. Nothing of any problem is ever in them.
 */
public final class RuntimeFiles {
    /** What solutions compile against: Pair, and ListNode and TreeNode in the unnamed package, as on LeetCode. */
    private static final List<String> API_PACKAGES = List.of("javafx/util/", "ListNode", "TreeNode", "VersionControl");
    private static final List<String> RUNNER_PACKAGES = List.of("judge/runner/", "judge/value/");

    private static RuntimeFiles instance;

    private final Path api;
    private final Path runner;

    private RuntimeFiles(Path api, Path runner) {
        this.api = api;
        this.runner = runner;
    }

    /** Extracts the folders once per judge process; they are deleted when it exits. */
    public static synchronized RuntimeFiles get() {
        if (instance == null) {
            try {
                Path root = Leftovers.named("judge-runtime-");
                // Readable (never writable) by the uid children run as: the runner and the API are no secret.
                try {
                    Files.setPosixFilePermissions(root, java.nio.file.attribute.PosixFilePermissions.fromString(
                            "rwxr-xr-x"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: no other uid to open it to
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
                Path api = Files.createDirectory(root.resolve("api"));
                Path runner = Files.createDirectory(root.resolve("runner"));
                Path source = Path.of(RuntimeFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                copy(source, api, API_PACKAGES);
                copy(source, runner, RUNNER_PACKAGES);
                instance = new RuntimeFiles(api, runner);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare the runner's class folder", e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public Path api() {
        return api;
    }

    /**
     * The file {@code name} holding {@code bytes} beside the runner's folders (written once per judge process,
     * read-only, deleted with them): what the judge hands its sandbox, such as the seccomp filter.
     */
    synchronized Path file(String name, byte[] bytes) throws IOException {
        Path file = runner.getParent().resolve(name);
        if (!Files.exists(file)) {
            Path tmp = Files.write(runner.getParent().resolve(name + ".tmp"), bytes);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            file.toFile().setReadOnly();
        }
        return file;
    }

    public Path runner() {
        return runner;
    }

    private static void copy(Path source, Path target, List<String> prefixes) throws IOException {
        if (Files.isDirectory(source)) {
            for (String prefix : prefixes) {
                Path from = source.resolve(prefix);
                if (!prefix.endsWith("/")) {
                    Path file = source.resolve(prefix + ".class");
                    Files.copy(file, target.resolve(prefix + ".class"), StandardCopyOption.REPLACE_EXISTING);
                    continue;
                }
                if (!Files.isDirectory(from)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(from)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        Path to = target.resolve(source.relativize(file).toString());
                        Files.createDirectories(to.getParent());
                        Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return;
        }
        try (ZipFile jar = new ZipFile(source.toFile())) {
            for (ZipEntry entry : jar.stream().toList()) {
                String name = entry.getName();
                if (!entry.isDirectory() && name.endsWith(".class")
                        && prefixes.stream().anyMatch(p -> p.endsWith("/") ? name.startsWith(p) : name.equals(p + ".class"))) {
                    Path to = target.resolve(name);
                    Files.createDirectories(to.getParent());
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, to);
                    }
                }
            }
        }
    }

    /** Deletes a folder and everything below it, ignoring what is already gone. */
    public static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a temp folder left behind is harmless
                }
            });
        } catch (IOException ignored) {
            // as above
        }
        Leftovers.deleted(root);
    }
}
