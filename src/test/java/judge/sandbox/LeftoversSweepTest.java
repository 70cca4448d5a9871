package judge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A judge killed with SIGKILL runs no shutdown hook: the next judge removes what it left in the temporary
 * folder, and nothing else (a live judge's folders, fresh ones, other files, what a link points at).
 */
class LeftoversSweepTest {
    @TempDir Path tmp;
    @TempDir Path outside;

    private Path folder(String name, long ageMs) throws Exception {
        Path p = Files.createDirectories(tmp.resolve(name));
        Files.writeString(p.resolve("Solution.class"), "a student's classes");
        Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - ageMs));
        return p;
    }

    @Test
    void aDeadJudgesOldFoldersGoAndNothingElse() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        long dead = ended.pid();
        assumeTrue(ProcessHandle.of(dead).isEmpty(), "the pid was reused at once");
        long live = ProcessHandle.current().pid();
        long old = Leftovers.STALE_AFTER_MS + 60_000;

        Path stale = folder("judge-classes-" + dead + "-4242", old);
        Path staleCpp = folder("judge-cpp-entry-" + dead + "-17", old);
        Path alive = folder("judge-classes-" + live + "-4243", old);
        Path fresh = folder("judge-classes-" + dead + "-4244", 1000);
        Path unnamed = folder("judge-classes-8951346717023483749", old);
        Path other = folder("something-" + dead + "-1", old);
        Path file = Files.writeString(tmp.resolve("judge-notes-" + dead + "-5"), "not a folder");
        Path target = Files.writeString(outside.resolve("keep.txt"), "outside");
        Path link = Files.createSymbolicLink(tmp.resolve("judge-link-" + dead + "-6"), outside);

        assertEquals(2, Leftovers.sweep(tmp, System.currentTimeMillis()));
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(staleCpp));
        for (Path kept : new Path[] {alive, fresh, unnamed, other, file, target, link}) {
            assertTrue(Files.exists(kept, java.nio.file.LinkOption.NOFOLLOW_LINKS), kept + " was removed");
        }
    }

    @Test
    void theJudgesTemporaryFoldersCarryItsPid() throws Exception {
        Path p = Leftovers.named("judge-test-");
        try {
            assertTrue(p.getFileName().toString().startsWith("judge-test-" + ProcessHandle.current().pid() + "-"),
                    p.toString());
        } finally {
            RuntimeFiles.deleteTree(p);
        }
    }
}
