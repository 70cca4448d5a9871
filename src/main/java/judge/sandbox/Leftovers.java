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

    private Leftovers() {}

    /** A new temporary folder {@code prefix*} in {@code java.io.tmpdir}, deleted at exit if still there. */
    public static Path tempFolder(String prefix) throws IOException {
        hook();
        Path folder = Files.createTempDirectory(prefix);
        FOLDERS.add(folder);
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
        for (Path folder : Set.copyOf(FOLDERS)) {
            RuntimeFiles.deleteTree(folder);
        }
    }

    private static synchronized void hook() {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(Leftovers::cleanUp, "judge-leftovers"));
            hooked = true;
        }
    }
}
