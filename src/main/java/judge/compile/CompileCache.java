package judge.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import judge.sandbox.RuntimeFiles;

/**
 * Compiled classes of trusted package code (references, checkers), kept between runs so that a submit
 * compiles only the user's source. An entry is keyed by a hash of the source, the class path it was compiled
 * against and the JDK, and is written to a temporary folder and renamed into place, so two judges running at
 * once never see half an entry. Each entry holds a manifest of its class files' SHA-256, checked whenever the
 * entry is used: a class file changed, added or removed since (by a solution that got out of its sandbox, or a
 * bad disk) makes the entry be compiled afresh, never trusted. (The manifest proves the entry unchanged, not
 * who wrote it: what keeps a solution from writing here at all is that it never runs as the judge's uid.)
 */
public final class CompileCache {
    private final Path root;
    private final Compiler compiler;

    public CompileCache(Path root, Compiler compiler) {
        this.root = root;
        this.compiler = compiler;
    }

    /**
     * {@code $JUDGE_CACHE} (or the system property {@code judge.cache}), else {@code $XDG_CACHE_HOME/judge},
     * else {@code $HOME/.cache/judge} ({@code user.home} when {@code HOME} is unset).
     */
    public static Path defaultRoot() {
        return defaultRoot(System.getenv(), System.getProperty("judge.cache"), System.getProperty("user.home"));
    }

    /** {@link #defaultRoot()} for the environment {@code env}, the property {@code judge.cache} and {@code user.home}. */
    public static Path defaultRoot(java.util.Map<String, String> env, String property, String userHome) {
        String explicit = property != null ? property : env.get("JUDGE_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        // The XDG base directory spec: a relative XDG path is invalid and is ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "judge");
        }
        String home = env.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : userHome, ".cache", "judge");
    }

    public CompileResult compiled(Source source, List<Path> classPath) {
        Path entry = root.resolve("classes").resolve(key(source, classPath));
        if (Files.isDirectory(entry)) {
            if (intact(entry)) {
                return new CompileResult.Compiled(entry);
            }
            // Changed since it was written (by a solution that got out, or a broken disk): rebuilt, not trusted.
            RuntimeFiles.deleteTree(entry);
        }
        Path tmp;
        try {
            Files.createDirectories(entry.getParent());
            tmp = Files.createTempDirectory(entry.getParent(), entry.getFileName() + ".tmp-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the compile cache in " + root, e);
        }
        CompileResult result = compiler.compile(source, null, tmp, classPath);
        if (!(result instanceof CompileResult.Compiled)) {
            RuntimeFiles.deleteTree(tmp);
            return result;
        }
        try {
            Files.writeString(tmp.resolve(MANIFEST), manifest(tmp), StandardCharsets.UTF_8);
        } catch (IOException e) {
            RuntimeFiles.deleteTree(tmp);
            throw new UncheckedIOException("cannot write the compile cache in " + root, e);
        }
        try {
            Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            RuntimeFiles.deleteTree(tmp); // another judge got there first; its entry is the same
        } catch (AtomicMoveNotSupportedException e) {
            return new CompileResult.Compiled(tmp);
        } catch (IOException e) {
            if (!Files.isDirectory(entry)) {
                throw new UncheckedIOException("cannot write the compile cache in " + root, e);
            }
            // Another judge (or thread) moved the same entry into place first; the kernel says so in
            // ways Java does not always map to the two exceptions above.
            RuntimeFiles.deleteTree(tmp);
        }
        return new CompileResult.Compiled(entry);
    }

    /** Each class file of an entry with its SHA-256, written last into the entry, checked on every load. */
    static final String MANIFEST = "judge-classes.sha256";

    /** {@code path sha256} per line, every regular file of {@code entry} but the manifest, sorted by path. */
    private static String manifest(Path entry) throws IOException {
        StringBuilder m = new StringBuilder();
        try (java.util.stream.Stream<Path> files = Files.walk(entry)) {
            for (Path f : files.sorted().toList()) {
                if (f.equals(entry) || f.getFileName().toString().equals(MANIFEST) && f.getParent().equals(entry)) {
                    continue;
                }
                if (Files.isSymbolicLink(f) || !Files.isDirectory(f) && !Files.isRegularFile(f)) {
                    m.append(entry.relativize(f)).append(" not-a-file\n");
                } else if (Files.isRegularFile(f)) {
                    m.append(entry.relativize(f)).append(' ').append(sha256(Files.readAllBytes(f))).append('\n');
                }
            }
        }
        return m.toString();
    }

    /** Whether {@code entry} holds exactly the files its manifest names, with their contents. */
    private static boolean intact(Path entry) {
        try {
            Path manifest = entry.resolve(MANIFEST);
            return Files.isRegularFile(manifest, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && Files.readString(manifest, StandardCharsets.UTF_8).equals(manifest(entry));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(Source source, List<Path> classPath) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(source.compiled().getBytes(StandardCharsets.UTF_8));
            sha.update(("\0" + System.getProperty("java.vm.version")).getBytes(StandardCharsets.UTF_8));
            for (Path p : classPath) {
                sha.update(("\0" + p.toAbsolutePath() + "@" + lastModified(p)).getBytes(StandardCharsets.UTF_8));
            }
            return source.unitName() + "-" + HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
