package judge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Which source the judge starts compiling before it parses its command line (JudgeCommand#prestart): a guess
 * only (the judging takes it over only when it read the same source), so it must never guess a file that is
 * not the source of run or submit.
 */
class EarlySourceTest {
    private static Path of(String... args) {
        return JudgeCommand.earlySource(args);
    }

    @Test
    void theJavaSourceOfRunAndSubmitWhereverTheOptionsAre() {
        assertEquals(Path.of("Solution.java"), of("submit", "76", "Solution.java"));
        assertEquals(Path.of("a/S.java"), of("run", "76", "a/S.java", "--format", "json"));
        assertEquals(Path.of("S.java"), of("--problems", "p", "--color", "never", "submit", "--format", "json",
                "76", "S.java", "--junit-xml", "r.xml"));
    }

    @Test
    void noGuessForOtherCommandsOtherLanguagesOrAnExplicitLanguage() {
        assertNull(of("grade", "76", "Solution.java"));
        assertNull(of("fuzz", "76", "Solution.java"));
        assertNull(of("submit", "76", "solution.py"));
        assertNull(of("submit", "76", "solution.cpp"));
        assertNull(of("submit", "--lang", "python", "76", "S.java"));
        assertNull(of("submit", "--lang=java", "76", "S.java"));
        assertNull(of("submit", "76", "--", "S.java"));
        assertNull(of("--problems", "submit"));
        assertNull(of());
        assertNull(of("submit", "76", "bad\0name.java"));
    }
}
