package judge.practice;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.CRC32;
import judge.compile.CompileCache;

/**
 * Keeps sqlite-jdbc's native library unpacked in the judge's cache, so that a judge process loads it from there
 * instead of unpacking 1 MB into the temporary folder every time (which, with the platform checks around it,
 * costs a cold JVM about 100 ms). Only on Linux x86_64 and aarch64 with glibc; anywhere else, or when anything
 * here fails, sqlite-jdbc finds its library as usual. A library that is cached but does not load makes
 * sqlite-jdbc fall back to unpacking it itself.
 */
final class SqliteNative {
    private static final String NAME = "libsqlitejdbc.so";
    private static boolean prepared;

    private SqliteNative() {}

    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty("org.sqlite.lib.path") != null || System.getProperty("org.sqlite.lib.name") != null) {
            return; // the user's own choice
        }
        try {
            Path dir = unpack(CompileCache.defaultRoot().resolve("native"));
            if (dir != null) {
                System.setProperty("org.sqlite.lib.path", dir.toString());
                System.setProperty("org.sqlite.lib.name", NAME);
            }
        } catch (IOException | RuntimeException e) {
            // sqlite-jdbc unpacks the library itself
        }
    }

    /** The folder holding the unpacked library, or {@code null} where this shortcut does not apply. */
    static Path unpack(Path root) throws IOException {
        String os = System.getProperty("os.name", "");
        String arch = switch (System.getProperty("os.arch", "").toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        if (!os.equals("Linux") || arch == null || isMusl()) {
            return null;
        }
        String resource = "/org/sqlite/native/Linux/" + arch + "/" + NAME;
        Path jar = jarOf(org.sqlite.SQLiteConfig.class);
        java.net.URL url = SqliteNative.class.getResource(resource);
        if (jar == null || url == null) {
            return null;
        }
        // The entry's size, from the jar's directory: a cached copy of another size was cut short.
        long size = url.openConnection().getContentLengthLong();
        // One folder per build of sqlite-jdbc: its jar's path, size and time.
        CRC32 crc = new CRC32();
        crc.update((jar + "\0" + Files.size(jar) + "\0" + Files.getLastModifiedTime(jar).toMillis())
                .getBytes(StandardCharsets.UTF_8));
        Path dir = root.resolve("sqlite-" + arch + "-" + HexFormat.of().toHexDigits((int) crc.getValue()));
        Path lib = dir.resolve(NAME);
        if (Files.isRegularFile(lib) && Files.size(lib) == size) {
            return dir;
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + NAME, ".tmp");
        try {
            try (InputStream in = url.openStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, lib, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return dir;
    }

    /** Alpine and other musl systems need sqlite-jdbc's Linux-Musl build, which its own loader picks. */
    private static boolean isMusl() {
        try (var files = Files.list(Path.of("/lib"))) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("ld-musl-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path jarOf(Class<?> c) {
        try {
            var source = c.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
