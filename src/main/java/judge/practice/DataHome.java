package judge.practice;

import java.nio.file.Path;

/** Where the judge keeps what it learns about its user: the practice history. */
public final class DataHome {
    /** The history database's file name inside the data folder. */
    public static final String HISTORY_FILE = "history.db";

    private DataHome() {}

    /**
     * {@code $JUDGE_DATA_HOME} (or the system property {@code judge.data}), else {@code $XDG_DATA_HOME/judge},
     * else {@code ~/.local/share/judge}.
     */
    public static Path defaultRoot() {
        String explicit = System.getProperty("judge.data", System.getenv("JUDGE_DATA_HOME"));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("judge");
    }
}
