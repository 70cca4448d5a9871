package judge.practice;

import java.nio.file.Path;
import java.util.Map;

/** Where the judge keeps what it learns about its user: the practice history. */
public final class DataHome {
    /** The history database's file name inside the data folder. */
    public static final String HISTORY_FILE = "history.db";

    private DataHome() {}

    /**
     * {@code $JUDGE_DATA_HOME} (or the system property {@code judge.data}), else {@code $XDG_DATA_HOME/judge},
     * else {@code $HOME/.local/share/judge} ({@code user.home} when {@code HOME} is unset).
     */
    public static Path defaultRoot() {
        return root(System.getenv(), System.getProperty("judge.data"), System.getProperty("user.home"));
    }

    /** {@link #defaultRoot()} for the environment {@code env}, the property {@code judge.data} and {@code user.home}. */
    static Path root(Map<String, String> env, String property, String userHome) {
        String explicit = property != null ? property : env.get("JUDGE_DATA_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG base directory spec: a relative XDG path is invalid and is ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "judge");
        }
        return home(env, userHome).resolve(".local").resolve("share").resolve("judge");
    }

    /** {@code $HOME}, as the shell and every XDG program take it; {@code user.home} when it is unset or empty. */
    static Path home(Map<String, String> env, String userHome) {
        String home = env.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : userHome);
    }
}
