package judge.practice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The practice history: every run, submit and fuzz, with its source, in one SQLite file
 * ({@code history.db} in the {@link DataHome data folder}).
 *
 * <p>Several judges may write at once (a {@code watch} beside a {@code submit} in another terminal): the database
 * is in WAL mode, each write is one short transaction, and a writer that finds the file locked waits for it
 * (up to {@value #BUSY_TIMEOUT_MS} ms) rather than failing. A crash mid-write leaves the database as it was
 * before the write. Every failure is a {@link HistoryException} whose message names the file and the reason.
 */
public final class History implements AutoCloseable {
    static final int SCHEMA_VERSION = 2;
    static final int BUSY_TIMEOUT_MS = 10_000;

    private static final String COLUMNS = "id, time_ms, mode, problem_id, problem_slug, verdict, passed, total,"
            + " runtime_ms, memory_mb, source_file, source_hash, message, language";

    private final Path file;
    private final Connection db;

    private History(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** Opens (creating if needed) the history in {@code file}. */
    public static History open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new HistoryException("cannot create the folder of " + file + " (" + e.getMessage() + ")");
        }
        Connection db;
        try {
            SqliteNative.prepare();
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            // Transactions take the write lock when they begin (BEGIN IMMEDIATE), so a second judge waits in the
            // busy timeout. A deferred one that read first and then writes gets SQLITE_BUSY at once, with no
            // wait, when the other judge wrote in between: two judges creating the history together failed so.
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            db = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw failure(file, e);
        } catch (LinkageError e) {
            // The native library could not be extracted or loaded (a read-only or noexec temp folder, say).
            throw new HistoryException("the SQLite library cannot be loaded here (" + e + ")");
        }
        History history = new History(file, db);
        try {
            history.initialise();
        } catch (RuntimeException e) {
            history.close();
            throw e;
        }
        return history;
    }

    /**
     * Loads SQLite (its classes and native library) without touching any file, so that a later {@link #open} is
     * quick; returns {@code null}. Failures show up again, with their message, at that {@code open}.
     */
    static History warmUp() {
        SqliteNative.prepare();
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite::memory:")) {
            c.createStatement().close();
        } catch (SQLException | LinkageError e) {
            // reported by open
        }
        return null;
    }

    /** Every judging in {@code file}, as {@link #all}; none when there is no history yet (nothing is created). */
    public static List<Submission> readAll(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (History h = open(file)) {
            return h.all();
        }
    }

    public Path file() {
        return file;
    }

    private void initialise() {
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                int version = rs.next() ? rs.getInt(1) : 0;
                if (version > SCHEMA_VERSION) {
                    throw new HistoryException(file + " was written by a newer judge (history version " + version
                            + "; this judge reads " + SCHEMA_VERSION + ")");
                }
                if (version == SCHEMA_VERSION) {
                    return;
                }
            }
            // Changing the journal mode takes the database for itself; a busy timeout covers a second judge
            // doing the same at the same moment. WAL lets readers go on while one judge writes.
            st.execute("PRAGMA journal_mode=WAL");
            db.setAutoCommit(false);
            // The version is read again inside the write transaction: another judge may have migrated meanwhile.
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version == 1) {
                // Version 2 added the language of each judging; everything before it was Java.
                st.execute("ALTER TABLE submissions ADD COLUMN language TEXT NOT NULL DEFAULT 'java'");
                st.execute("PRAGMA user_version = " + SCHEMA_VERSION);
                db.commit();
                return;
            }
            if (version == SCHEMA_VERSION) {
                db.commit();
                return;
            }
            st.execute("CREATE TABLE IF NOT EXISTS submissions ("
                    + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " time_ms INTEGER NOT NULL,"
                    + " mode TEXT NOT NULL,"
                    + " problem_id INTEGER NOT NULL,"
                    + " problem_slug TEXT NOT NULL,"
                    + " verdict TEXT NOT NULL,"
                    + " passed INTEGER,"
                    + " total INTEGER,"
                    + " runtime_ms REAL,"
                    + " memory_mb REAL,"
                    + " source_file TEXT,"
                    + " source_hash TEXT NOT NULL,"
                    + " source TEXT NOT NULL,"
                    + " message TEXT,"
                    + " language TEXT NOT NULL DEFAULT 'java')");
            st.execute("CREATE INDEX IF NOT EXISTS submissions_by_problem ON submissions (problem_id, id)");
            st.execute("PRAGMA user_version = " + SCHEMA_VERSION);
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw failure(file, e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is closed by the caller on failure
            }
        }
    }

    /** Records one judging; returns it with its number. */
    public Submission record(Submission s) {
        String sql = "INSERT INTO submissions (time_ms, mode, problem_id, problem_slug, verdict, passed, total,"
                + " runtime_ms, memory_mb, source_file, source_hash, source, message, language)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement st = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            st.setLong(1, s.time().toEpochMilli());
            st.setString(2, s.mode());
            st.setInt(3, s.problemId());
            st.setString(4, s.problemSlug());
            st.setString(5, s.verdict());
            setInteger(st, 6, s.passed());
            setInteger(st, 7, s.total());
            setDouble(st, 8, s.runtimeMs());
            setDouble(st, 9, s.memoryMb());
            st.setString(10, s.sourceFile());
            st.setString(11, s.sourceHash());
            st.setString(12, s.source());
            st.setString(13, s.message());
            st.setString(14, s.language());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                long id = keys.next() ? keys.getLong(1) : 0;
                return new Submission(id, s.time(), s.mode(), s.problemId(), s.problemSlug(), s.verdict(),
                        s.passed(), s.total(), s.runtimeMs(), s.memoryMb(), s.sourceFile(), s.sourceHash(),
                        s.source(), s.message(), s.language());
            }
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    /**
     * The newest {@code limit} judgings, newest first, of one problem or (with {@code problemId} null) of all;
     * without their sources ({@link Submission#source()} is null).
     */
    public List<Submission> list(Integer problemId, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM submissions" + (problemId == null ? "" : " WHERE problem_id = ?")
                + " ORDER BY id DESC LIMIT ?";
        try (PreparedStatement st = db.prepareStatement(sql)) {
            int i = 1;
            if (problemId != null) {
                st.setInt(i++, problemId);
            }
            st.setInt(i, limit);
            return read(st, false);
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    /** Every judging, oldest first, without sources: what statuses and statistics are computed from. */
    public List<Submission> all() {
        try (PreparedStatement st = db.prepareStatement("SELECT " + COLUMNS + " FROM submissions ORDER BY id")) {
            return read(st, false);
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    /** One judging with its source. */
    public Optional<Submission> find(long id) {
        try (PreparedStatement st = db.prepareStatement("SELECT " + COLUMNS + ", source FROM submissions WHERE id = ?")) {
            st.setLong(1, id);
            List<Submission> found = read(st, true);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    private static List<Submission> read(PreparedStatement st, boolean withSource) throws SQLException {
        List<Submission> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new Submission(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("time_ms")),
                        rs.getString("mode"), rs.getInt("problem_id"), rs.getString("problem_slug"),
                        rs.getString("verdict"), integer(rs, "passed"), integer(rs, "total"),
                        dbl(rs, "runtime_ms"), dbl(rs, "memory_mb"), rs.getString("source_file"),
                        rs.getString("source_hash"), withSource ? rs.getString("source") : null,
                        rs.getString("message"), rs.getString("language")));
            }
        }
        return out;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Double dbl(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static void setInteger(PreparedStatement st, int i, Integer v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.INTEGER);
        } else {
            st.setInt(i, v);
        }
    }

    private static void setDouble(PreparedStatement st, int i, Double v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.REAL);
        } else {
            st.setDouble(i, v);
        }
    }

    private void rollback() {
        try {
            if (!db.getAutoCommit()) {
                db.rollback();
            }
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
        }
    }

    /** Says what went wrong with {@code file} in words a user can act on. */
    static HistoryException failure(Path file, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        int primary = code == null ? -1 : code.code & 0xFF;
        String detail = e.getMessage();
        String what = switch (primary) {
            case 11, 26 -> " is damaged or not a history database; move it away and the judge starts a new one";
            case 8, 3, 14, 10, 13 -> " cannot be written";
            case 5, 6 -> " stayed locked by another judge for over " + BUSY_TIMEOUT_MS / 1000 + " s";
            default -> " cannot be used";
        };
        return new HistoryException(file + what + " (" + detail + ")");
    }

    /** Whether {@link #close} has closed the database. */
    public boolean closed() {
        try {
            return db.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // nothing was pending: every write commits on its own
        }
    }
}
