package judge.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history written before the judge knew languages (version 1) opens as version 2, its judgings all Java. */
class HistoryMigrationTest {
    @TempDir Path dir;

    @Test
    void aVersionOneHistoryGainsTheLanguageColumnAndKeepsEveryJudging() throws Exception {
        Path file = dir.resolve("history.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = db.createStatement()) {
            st.execute("CREATE TABLE submissions (id INTEGER PRIMARY KEY AUTOINCREMENT, time_ms INTEGER NOT NULL,"
                    + " mode TEXT NOT NULL, problem_id INTEGER NOT NULL, problem_slug TEXT NOT NULL,"
                    + " verdict TEXT NOT NULL, passed INTEGER, total INTEGER, runtime_ms REAL, memory_mb REAL,"
                    + " source_file TEXT, source_hash TEXT NOT NULL, source TEXT NOT NULL, message TEXT)");
            st.execute("INSERT INTO submissions (time_ms, mode, problem_id, problem_slug, verdict, source_file,"
                    + " source_hash, source) VALUES (1, 'submit', 76, 'minimum-window-substring', 'ACCEPTED',"
                    + " 'Solution.java', 'abc', 'class Solution {}')");
            st.execute("PRAGMA user_version = 1");
        }
        try (History h = History.open(file)) {
            List<Submission> all = h.all();
            assertEquals(1, all.size());
            assertEquals("java", all.get(0).language());
            Submission python = h.record(new Submission(0, Instant.ofEpochMilli(2), "run", 76,
                    "minimum-window-substring", "ACCEPTED", 3, 3, 1.0, 1.0, "solution.py", "def", "pass", null,
                    "python"));
            assertEquals("python", h.find(python.id()).orElseThrow().language());
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            assertEquals(History.SCHEMA_VERSION, rs.getInt(1));
            assertEquals(2, History.SCHEMA_VERSION);
        }
        try (History h = History.open(file)) {
            assertEquals(List.of("java", "python"), h.all().stream().map(Submission::language).toList(),
                    "opening a migrated history again changes nothing");
        }
    }
}
