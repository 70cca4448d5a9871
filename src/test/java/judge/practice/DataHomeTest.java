package judge.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataHomeTest {
    @Test
    void theTestSuitesHistoryIsUnderTargetNeverTheUsersOwn() {
        Path root = DataHome.defaultRoot();
        assertEquals(Path.of(System.getProperty("judge.data")), root, "surefire sets judge.data");
        assertTrue(root.toAbsolutePath().normalize().toString().contains("/target/"), root.toString());
    }

    @Test
    void theSystemPropertyOverridesEverything() {
        String old = System.getProperty("judge.data");
        try {
            System.setProperty("judge.data", "/some/where");
            assertEquals(Path.of("/some/where"), DataHome.defaultRoot());
        } finally {
            System.setProperty("judge.data", old);
        }
    }

    @Test
    void theHistoryFollowsHomeThenUserHome() {
        assertEquals(Path.of("/home/me/.local/share/judge"),
                DataHome.root(java.util.Map.of("HOME", "/home/me"), null, "/root"));
        assertEquals(Path.of("/root/.local/share/judge"), DataHome.root(java.util.Map.of(), null, "/root"));
        assertEquals(Path.of("/root/.local/share/judge"), DataHome.root(java.util.Map.of("HOME", ""), null, "/root"));
    }

    @Test
    void xdgDataHomeWinsOverHomeAndARelativeOneIsIgnored() {
        assertEquals(Path.of("/x/data/judge"),
                DataHome.root(java.util.Map.of("HOME", "/home/me", "XDG_DATA_HOME", "/x/data"), null, "/root"));
        assertEquals(Path.of("/home/me/.local/share/judge"),
                DataHome.root(java.util.Map.of("HOME", "/home/me", "XDG_DATA_HOME", "rel"), null, "/root"));
    }

    @Test
    void judgeDataHomeAndThePropertyWinOverXdg() {
        var env = java.util.Map.of("HOME", "/home/me", "XDG_DATA_HOME", "/x/data", "JUDGE_DATA_HOME", "/j");
        assertEquals(Path.of("/j"), DataHome.root(env, null, "/root"));
        assertEquals(Path.of("/p"), DataHome.root(env, "/p", "/root"));
    }

    @Test
    void theCacheFollowsTheSameRules() {
        var cache = (java.util.function.Function<java.util.Map<String, String>, Path>) env ->
                judge.compile.CompileCache.defaultRoot(env, null, "/root");
        assertEquals(Path.of("/home/me/.cache/judge"), cache.apply(java.util.Map.of("HOME", "/home/me")));
        assertEquals(Path.of("/root/.cache/judge"), cache.apply(java.util.Map.of()));
        assertEquals(Path.of("/x/cache/judge"), cache.apply(java.util.Map.of("HOME", "/home/me", "XDG_CACHE_HOME",
                "/x/cache")));
        assertEquals(Path.of("/j"), cache.apply(java.util.Map.of("XDG_CACHE_HOME", "/x/cache", "JUDGE_CACHE", "/j")));
        assertEquals(Path.of("/p"), judge.compile.CompileCache.defaultRoot(java.util.Map.of("JUDGE_CACHE", "/j"), "/p",
                "/root"));
    }
}
