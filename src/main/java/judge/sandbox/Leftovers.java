package judge.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a judge must not leave behind when it is stopped (Ctrl-C, {@code kill}): live children, and temporary
 * folders holding students' compiled classes. Each is registered while it lives; one shutdown hook kills the
 * children still running and deletes the folders still there, however the JVM exits.
 */
public final class Leftovers {
    private static final Set<Process> CHILDREN = ConcurrentHashMap.newKeySet();
    private static final Set<Path> FOLDERS = ConcurrentHashMap.newKeySet();
    private static boolean hooked;
    /** Set once the clean-up began: no new folder or child may start after it. */
    private static volatile boolean closing;
    /** How long the clean-up watches its folders for a writer still at work (javac cannot be stopped). */
    private static final long SETTLE_MS = 500;

    private Leftovers() {}

    /** A new temporary folder {@code prefix*} in {@code java.io.tmpdir}, deleted at exit if still there. */
    public static Path tempFolder(String prefix) throws IOException {
        hook();
        if (closing) {
            throw new IOException("the judge is stopping");
        }
        Path folder = Files.createTempDirectory(prefix);
        FOLDERS.add(folder);
        if (closing) { // the clean-up may have passed over it
            RuntimeFiles.deleteTree(folder);
            throw new IOException("the judge is stopping");
        }
        return folder;
    }

    /** {@code folder} was deleted (by {@link RuntimeFiles#deleteTree}): nothing left to do at exit. */
    static void deleted(Path folder) {
        FOLDERS.remove(folder);
    }

    /** {@code process} is a child that must not outlive the judge. */
    static void started(Process process) {
        hook();
        CHILDREN.add(process);
    }

    /** {@code process} was killed and waited for. */
    static void ended(Process process) {
        CHILDREN.remove(process);
    }

    /** Kills every live child (its whole tree) and deletes every registered folder; the shutdown hook's work. */
    public static void cleanUp() {
        closing = true;
        for (Process p : Set.copyOf(CHILDREN)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : Set.copyOf(CHILDREN)) {
            try {
                p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            CHILDREN.remove(p);
        }
        Set<Path> folders = Set.copyOf(FOLDERS);
        if (folders.isEmpty()) {
            return; // a judge that ended normally: nothing was left
        }
        folders.forEach(RuntimeFiles::deleteTree);
        // A compiler still writing into a folder makes it again (javac creates its output folder): watch them a
        // moment and delete what comes back, so that no student's classes are left behind.
        long until = System.nanoTime() + SETTLE_MS * 1_000_000;
        while (System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            folders.stream().filter(Files::exists).forEach(RuntimeFiles::deleteTree);
        }
    }

    private static synchronized void hook() {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(Leftovers::cleanUp, "judge-leftovers"));
            hooked = true;
        }
    }
}
