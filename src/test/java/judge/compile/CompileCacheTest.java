package judge.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import judge.sandbox.RuntimeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compile cache of trusted code: an entry changed on disk after it was written is rebuilt, never trusted. */
class CompileCacheTest {
    @TempDir Path cacheRoot;

    private static final Source CHECKER = Source.of(Path.of("Checker.java"),
            "class Checker { static boolean ok(String a, String b) { return a.equals(b); } }\n");

    private Path compiled(CompileCache cache) {
        CompileResult r = cache.compiled(CHECKER, List.of(RuntimeFiles.get().api()));
        assertTrue(r instanceof CompileResult.Compiled, String.valueOf(r));
        return ((CompileResult.Compiled) r).classes();
    }

    @Test
    void aClassFileOverwrittenInTheCacheIsRebuiltNotTrusted() throws Exception {
        CompileCache cache = new CompileCache(cacheRoot, new Compiler());
        Path entry = compiled(cache);
        Path checker = entry.resolve("Checker.class");
        byte[] original = Files.readAllBytes(checker);
        assertTrue(Files.isRegularFile(entry.resolve(CompileCache.MANIFEST)));

        Files.write(checker, new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 0});
        Path again = compiled(cache);
        assertEquals(entry, again);
        assertArrayEquals(original, Files.readAllBytes(again.resolve("Checker.class")));
    }

    @Test
    void aClassFileAddedToAnEntryIsGoneAfterTheNextLoad() throws Exception {
        CompileCache cache = new CompileCache(cacheRoot, new Compiler());
        Path entry = compiled(cache);
        Files.write(entry.resolve("Evil.class"), new byte[] {1, 2, 3});
        Path again = compiled(cache);
        assertFalse(Files.exists(again.resolve("Evil.class")));
        assertTrue(Files.isRegularFile(again.resolve("Checker.class")));
    }

    @Test
    void anIntactEntryIsReusedAsIs() throws Exception {
        CompileCache cache = new CompileCache(cacheRoot, new Compiler());
        Path entry = compiled(cache);
        long written = Files.getLastModifiedTime(entry.resolve("Checker.class")).toMillis();
        Thread.sleep(20);
        assertEquals(entry, compiled(cache));
        assertEquals(written, Files.getLastModifiedTime(entry.resolve("Checker.class")).toMillis());
    }
}
