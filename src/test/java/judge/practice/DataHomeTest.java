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
}
