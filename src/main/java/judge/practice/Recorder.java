package judge.practice;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
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
    private History history;
    private boolean off;

    public Recorder(Path file, PrintStream err) {
        this.file = file;
        this.err = err;
    }

    /** Records {@code s}; returns it with its number, or empty when the history is off. */
    public synchronized Optional<Submission> record(Submission s) {
        if (off) {
            return Optional.empty();
        }
        try {
            if (history == null) {
                history = History.open(file);
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
                r.memoryMb(), source.path().toString(), hash(source.original()), source.original(), r.message());
    }

    /** A fuzz as the history keeps it: {@code passed} counts the tries. */
    public static Submission of(FuzzResult r, Problem problem, Source source, Instant time) {
        return new Submission(0, time, "fuzz", problem.id(), problem.slug(), r.status().name(),
                (int) Math.min(Integer.MAX_VALUE, r.tries()), null, null, null, source.path().toString(),
                hash(source.original()), source.original(), r.message());
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

    @Override
    public synchronized void close() {
        if (history != null) {
            history.close();
            history = null;
        }
    }
}
