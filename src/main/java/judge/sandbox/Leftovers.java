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
        Path folder = named(prefix);
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

    /**
     * A new temporary folder in {@code java.io.tmpdir} named {@code <prefix><pid>-<random>}: every temporary
     * folder of the judge is named so, so that one killed with SIGKILL (no shutdown hook runs then) leaves
     * folders a later judge can tell are nobody's ({@link #sweep}). {@code prefix} starts with {@code judge-}.
     */
    public static Path named(String prefix) throws IOException {
        return Files.createTempDirectory(prefix + ProcessHandle.current().pid() + "-");
    }

    /** A judge's temporary folder: its prefix, the pid of the judge that made it, a random number. */
    private static final java.util.regex.Pattern STALE = java.util.regex.Pattern.compile("judge-[a-z-]*?-(\\d+)-\\d+");
    /** How old a dead judge's folder must be before it is removed (a judge of another PID namespace may share /tmp). */
    static final long STALE_AFTER_MS = 10 * 60 * 1000;

    /**
     * Deletes, in {@code dir}, the temporary folders of judges that are no longer running (their pid is not
     * alive here) and that nobody touched for {@link #STALE_AFTER_MS}, owned by this user; returns how many. A
     * judge killed with SIGKILL cannot clean up after itself: the next one does it.
     */
    static int sweep(Path dir, long nowMs) {
        int removed = 0;
        try (var entries = Files.newDirectoryStream(dir, "judge-*")) {
            java.nio.file.attribute.UserPrincipal me = null;
            for (Path p : entries) {
                var m = STALE.matcher(p.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (ProcessHandle.of(pid).isPresent()) {
                    continue;
                }
                try {
                    if (me == null) {
                        me = dir.getFileSystem().getUserPrincipalLookupService()
                                .lookupPrincipalByName(System.getProperty("user.name"));
                    }
                    if (!Files.getOwner(p, java.nio.file.LinkOption.NOFOLLOW_LINKS).equals(me)
                            || nowMs - Files.getLastModifiedTime(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                                    .toMillis() < STALE_AFTER_MS) {
                        continue;
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    continue;
                }
                RuntimeFiles.deleteTree(p);
                removed++;
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable temporary folder: nothing to sweep
        }
        return removed;
    }

    /** {@link #sweep} of {@code java.io.tmpdir} on a background thread: what the {@code judge} command does first. */
    public static void sweepInBackground() {
        Thread sweeper = new Thread(() -> sweep(Path.of(System.getProperty("java.io.tmpdir")),
                System.currentTimeMillis()), "judge-sweep");
        sweeper.setDaemon(true);
        sweeper.setPriority(Thread.MIN_PRIORITY);
        sweeper.start();
    }

    private static synchronized void hook() {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(Leftovers::cleanUp, "judge-leftovers"));
            hooked = true;
        }
    }
}
