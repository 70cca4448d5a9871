package judge.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import judge.problem.PackageException;
import judge.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

/** How a source finds its language: {@code --lang} first, else the file's extension; and who may run unsandboxed. */
class LanguagesTest {

    @Test
    void everyLanguageIsFoundByServiceLoaderInNameOrder() {
        assertEquals(List.of("cpp", "java", "python"), Languages.all().stream().map(Language::name).toList());
        assertEquals("cpp, java, python", Languages.names());
    }

    @Test
    void theExtensionNamesTheLanguage() {
        assertEquals("java", Languages.of(Path.of("alice", "76.java"), null).name());
        assertEquals("python", Languages.of(Path.of("alice", "76.py"), null).name());
        assertEquals("python", Languages.of(Path.of("solution.py"), "").name());
        assertNull(Languages.byExtension(Path.of(".py")), "a bare extension is no file name");
        assertNull(Languages.byExtension(Path.of("notes.txt")));
    }

    @Test
    void dashDashLangWinsOverTheExtensionInAnyCase() {
        assertEquals("python", Languages.of(Path.of("Solution.java"), "Python").name());
        assertEquals("java", Languages.of(Path.of("mine.txt"), "java").name());
    }

    @Test
    void anUnknownExtensionListsTheSupportedLanguages(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path notes = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "class Solution {}");
        PackageException e = assertThrows(PackageException.class, () -> Languages.of(notes, null));
        assertTrue(e.getMessage().contains("supported languages: cpp, java, python"), e.getMessage());
        assertTrue(e.getMessage().startsWith(notes + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("--lang"), e.getMessage());
    }

    @Test
    void anUnknownLanguageNameListsTheSupportedLanguages() {
        PackageException e = assertThrows(PackageException.class, () -> Languages.named("cobol"));
        assertEquals("unknown language \"cobol\"; supported languages: cpp, java, python", e.getMessage());
    }

    @Test
    void aSourceRemembersItsLanguage() {
        Language python = Languages.named("python");
        assertSame(python, Languages.of(python.source(Path.of("x.txt"), "class Solution:\n    pass\n")));
        assertSame(Languages.java(), Languages.of(Languages.java().source(Path.of("A.java"), "class A {}")));
    }

    @Test
    void pythonNeedsTheOsSandboxUnlessTheUserAllowsItOrTurnedItOff() {
        Language python = Languages.named("python");
        Sandbox cgroupOnly = Sandbox.detect("cgroup");
        String refusal = Languages.refusal(python, cgroupOnly, false);
        assertTrue(refusal != null && refusal.contains("--allow-unsandboxed") && refusal.contains("your files"),
                String.valueOf(refusal));
        assertNull(Languages.refusal(python, cgroupOnly, true));
        assertNull(Languages.refusal(python, Sandbox.detect("none"), false), "JUDGE_SANDBOX=none says it on purpose");
        assertNull(Languages.refusal(Languages.java(), cgroupOnly, false), "Java has its class scan");
    }

    @Test
    void javaKeepsItsFactorAndPythonGetsItsDefaultUnlessTheProblemSays() {
        judge.problem.Limits limits = new judge.problem.Limits(10, 1000, 4000, 256, java.util.Map.of("python", 4.0));
        assertEquals(1.0, limits.languageFactor("java", Languages.java().defaultTimeFactor()));
        assertEquals(4.0, limits.languageFactor("python", Languages.named("python").defaultTimeFactor()));
        assertEquals(3.0, judge.problem.Limits.DEFAULT.languageFactor("python",
                Languages.named("python").defaultTimeFactor()));
        assertEquals(4.0, limits.scaled(2).languageFactor("python", 3), "scaling keeps the language factors");
    }
}
