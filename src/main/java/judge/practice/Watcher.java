package judge.practice;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import judge.compile.Source;
import judge.lang.Languages;
import judge.judging.Judge;
import judge.judging.Result;
import judge.problem.PackageException;
import judge.problem.Problem;

/**
 * Judges a source file again every time it is saved: the examples (LeetCode's Run) and every test (Submit),
 * the submit's report shown when the examples pass. One {@link Judge} serves every save, so javac, the JIT and the caches stay warm,
 * which is what brings a verdict within a moment of saving.
 *
 * <p>Saves are seen through the file's folder (editors that save by writing a new file and renaming it over
 * the old one are seen too), with a poll of the file's time and size as a fallback. A burst of events is
 * taken as one save once it has been quiet for {@link #DEBOUNCE}, and a save that leaves the text as it was
 * judged last is skipped.
 */
public final class Watcher {
    /** How long events must stop before a save is judged: editors write a file in several steps. */
    public static final Duration DEBOUNCE = Duration.ofMillis(30);
    private static final long POLL_MS = 250;

    /** What one save came to: the run, and the submit if the run passed. */
    public record Cycle(Result run, Result submit, long savedNanos, long doneNanos) {
        /** The verdict to show: the submit's when there was one, else the run's. */
        public Result last() {
            return submit != null ? submit : run;
        }

        public Duration took() {
            return Duration.ofNanos(doneNanos - savedNanos);
        }
    }

    /** Hears what the watcher does, in order: judging, result (once or twice), done; or unreadable. */
    public interface Listener {
        default void judging(Path file) {}

        default void result(Result result, Source source) {}

        default void done(Cycle cycle) {}

        /** The file cannot be judged as it is (missing, empty, too big); the watcher waits for the next save. */
        default void unreadable(String message) {}
    }

    private final Judge judge;
    private final Problem problem;
    private final Path file;
    private final Listener listener;
    private String lastText;

    public Watcher(Judge judge, Problem problem, Path file, Listener listener) {
        this.judge = judge;
        this.problem = problem;
        this.file = file.toAbsolutePath().normalize();
        this.listener = listener;
    }

    /**
     * Judges the file as it is now, unless its text is what was judged last; returns the cycle, or
     * {@code null} when nothing was judged.
     */
    public Cycle judgeIfChanged(long savedNanos) {
        Source source;
        try {
            source = Languages.read(file);
        } catch (PackageException e) {
            if (!Objects.equals(lastText, "\0unreadable")) {
                listener.unreadable(e.getMessage());
            }
            lastText = "\0unreadable";
            return null;
        }
        if (source.original().equals(lastText)) {
            return null;
        }
        lastText = source.original();
        listener.judging(file);
        // The submit starts beside the run rather than after it, so that its verdict comes about a run's
        // time sooner. Its report is shown only if the examples pass; when they do not, it has stopped at the
        // same failing example, and is waited for so that judgings never pile up across saves.
        Source judged = source;
        CompletableFuture<Result> submitting = CompletableFuture.supplyAsync(() -> judge.submit(problem, judged));
        Result run = judge.run(problem, source, null);
        listener.result(run, source);
        Result submit = submitting.join();
        if (run.verdict().isAccepted()) {
            listener.result(submit, source);
        } else {
            submit = null;
        }
        Cycle cycle = new Cycle(run, submit, savedNanos, System.nanoTime());
        listener.done(cycle);
        return cycle;
    }

    /** Judges the file now, then after every save, until {@code stop} is set or the thread is interrupted. */
    public void watch(AtomicBoolean stop) {
        WatchService service = null;
        try {
            service = FileSystems.getDefault().newWatchService();
            file.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.OVERFLOW);
        } catch (IOException | UnsupportedOperationException e) {
            close(service);
            service = null; // a file system without change events: the poll alone sees saves
        }
        try {
            judgeIfChanged(System.nanoTime());
            String stamp = stamp();
            while (!stop.get() && !Thread.currentThread().isInterrupted()) {
                WatchKey key;
                if (service != null) {
                    key = service.poll(POLL_MS, TimeUnit.MILLISECONDS);
                } else {
                    Thread.sleep(POLL_MS / 2);
                    key = null;
                }
                boolean ours = key != null && concernsFile(key);
                if (!ours && Objects.equals(stamp, stamp())) {
                    continue;
                }
                long saved = System.nanoTime();
                // Quiet for DEBOUNCE: the editor has finished writing.
                if (service != null) {
                    WatchKey more;
                    while ((more = service.poll(DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                        concernsFile(more);
                    }
                } else {
                    Thread.sleep(DEBOUNCE.toMillis());
                }
                stamp = stamp();
                if (!stop.get()) {
                    judgeIfChanged(saved);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } finally {
            close(service);
        }
    }

    private static void close(WatchService service) {
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // nothing more to watch
            }
        }
    }

    private boolean concernsFile(WatchKey key) {
        boolean ours = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            Object context = event.context();
            ours |= event.kind() == StandardWatchEventKinds.OVERFLOW
                    || (context instanceof Path p && p.equals(file.getFileName()));
        }
        key.reset();
        return ours;
    }

    /** The file's modification time and size, to notice a save the events missed. */
    private String stamp() {
        try {
            FileTime time = Files.getLastModifiedTime(file);
            return time.toString() + "/" + Files.size(file);
        } catch (IOException e) {
            return "missing";
        }
    }
}
