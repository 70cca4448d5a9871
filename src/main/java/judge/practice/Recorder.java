package judge.practice;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import judge.compile.Source;
import judge.judging.Result;
import judge.problem.Problem;
import judge.property.FuzzResult;

/**
 * Records judgings into the history without ever getting in the way of judging: when the history cannot be
 * opened or written, it says so once on {@code err} (never on stdout, which may hold a JSON report) and stays
 * off for the rest of the command.
 */
public final class Recorder implements AutoCloseable {
    private final Path file;
    private final PrintStream err;
    private CompletableFuture<History> opening;
    private History history;
    private boolean off;

    /** Opens the history in the background; a test may hold it up to close the recorder first. */
    private final Function<Path, History> opener;
    /** The thread opening the history, for a test to wait on. */
    Thread openingThread;
    /** Runs first on the opening thread: a test holds it there to close the recorder before it opens. */
    Runnable beforeOpening = () -> {};

    public Recorder(Path file, PrintStream err) {
        // A history that does not exist yet is made only when there is something to record (a usage error
        // records nothing); until then only SQLite itself is loaded.
        this(file, err, f -> Files.exists(f) ? History.open(f) : History.warmUp());
    }

    Recorder(Path file, PrintStream err, Function<Path, History> opener) {
        this.file = file;
        this.err = err;
        this.opener = opener;
    }

    /**
     * Starts opening the history on a thread of its own, so that a cold judge loads SQLite's classes and native
     * library while it compiles and runs the solution rather than after; {@link #record} waits for it.
     */
    public synchronized Recorder openInBackground() {
        if (opening == null && history == null) {
            // The thread completes its own future, never the field: close() may have cleared the field by then,
            // and the history opened late must still reach the close() hooked onto that future.
            CompletableFuture<History> future = new CompletableFuture<>();
            opening = future;
            Thread t = new Thread(() -> {
                try {
                    beforeOpening.run();
                    future.complete(opener.apply(file));
                } catch (Throwable e) {
                    future.completeExceptionally(e);
                }
            }, "history-open");
            t.setDaemon(true);
            openingThread = t;
            t.start();
        }
        return this;
    }

    /** Records {@code s}; returns it with its number, or empty when the history is off. */
    public synchronized Optional<Submission> record(Submission s) {
        if (off) {
            return Optional.empty();
        }
        try {
            if (history == null) {
                history = opening != null ? opened() : null;
                opening = null;
                if (history == null) {
                    history = History.open(file);
                }
            }
            return Optional.of(history.record(s));
        } catch (HistoryException e) {
            off = true;
            err.println("judge: not recorded in the history: " + e.getMessage()
                    + ". Judging works as before; set JUDGE_DATA_HOME to keep the history elsewhere.");
            err.flush();
            return Optional.empty();
        }
    }

    private History opened() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof HistoryException h) {
                throw h;
            }
            throw new HistoryException(file + " cannot be used (" + e.getCause() + ")");
        }
    }

    public Optional<Submission> record(Result r, Source source) {
        return record(of(r, source, Instant.now()));
    }

    public Optional<Submission> record(FuzzResult r, Problem problem, Source source) {
        return record(of(r, problem, source, Instant.now()));
    }

    /** A run or submit as the history keeps it. */
    public static Submission of(Result r, Source source, Instant time) {
        return new Submission(0, time, r.mode(), r.problem().id(), r.problem().slug(), r.verdict().code(),
                r.passed(), r.total(), r.memoryMb() == null && r.runtimeMs() == 0 ? null : r.runtimeMs(),
                r.memoryMb(), source.path().toString(), hash(source.original()), source.original(), r.message(),
                source.language());
    }

    /** A fuzz as the history keeps it: {@code passed} counts the tries. */
    public static Submission of(FuzzResult r, Problem problem, Source source, Instant time) {
        return new Submission(0, time, "fuzz", problem.id(), problem.slug(), r.status().name(),
                (int) Math.min(Integer.MAX_VALUE, r.tries()), null, null, null, source.path().toString(),
                hash(source.original()), source.original(), r.message(), source.language());
    }

    /** SHA-256 of the text, in hex. */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the history; one still being opened is closed as soon as it is open. */
    @Override
    public synchronized void close() {
        if (opening != null) {
            opening.thenAccept(h -> {
                if (h != null) {
                    h.close();
                }
            });
            opening = null;
        }
        if (history != null) {
            history.close();
            history = null;
        }
    }
}
