package judge.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeTest {
    @TempDir Path root;

    @Test
    void unpacksTheLibraryOnceAndRepairsACopyCutShort() throws Exception {
        Path dir = SqliteNative.unpack(root);
        assumeTrue(dir != null, "only on Linux x86_64 and aarch64 with glibc");
        Path lib = dir.resolve("libsqlitejdbc.so");
        long size = Files.size(lib);
        assertEquals(true, size > 100_000, "the whole library: " + size);
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(lib, old);
        assertEquals(dir, SqliteNative.unpack(root));
        assertEquals(old, Files.getLastModifiedTime(lib), "not unpacked again");

        Files.writeString(lib, "cut short");
        assertEquals(dir, SqliteNative.unpack(root));
        assertEquals(size, Files.size(lib), "unpacked again");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }
}
