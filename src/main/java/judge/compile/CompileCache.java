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
 * once never see half an entry.
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
            return new CompileResult.Compiled(entry);
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
