package judge.cli;

import static judge.TestPackages.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import judge.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report paths are checked before any judging, written with the umask's permissions, and failures say whose path. */
class ReportFilesTest {
    @TempDir Path dir;

    record Run(int exit, String out, String err) {}

    private Run judge(String... args) {
        List<String> all = new ArrayList<>(List.of("--problems", TestPackages.PROBLEMS.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = JudgeCommand.execute(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path aClass() {
        Path classDir = dir.resolve("class");
        write(classDir.resolve("amy/76.java"), GradingFixtures.WRONG);
        return classDir;
    }

    @Test
    void gradeRefusesAFolderAsAReportBeforeJudgingAnything() throws Exception {
        Path classDir = aClass();
        Path folder = Files.createDirectories(dir.resolve("reports"));
        Path log = dir.resolve("log.jsonl");
        Run r = judge("grade", classDir.toString(), "--junit-xml", folder.toString(), "--log", log.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--junit-xml " + folder + ": is a folder"), r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(log), "nothing was graded");
    }

    @Test
    void anUnwritablePlaceIsAUsageErrorNamingTheUsersPath() {
        Path classDir = aClass();
        Run r = judge("grade", classDir.toString(), "--csv", "/proc/x.csv", "--log", dir.resolve("l.jsonl").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--csv /proc/x.csv: cannot be written"), r.err());
        assertFalse(r.err().contains(".tmp"), "no internal file is named: " + r.err());
        Run s = judge("submit", "76", classDir.resolve("amy/76.java").toString(), "--junit-xml", "/proc/x.xml");
        assertEquals(2, s.exit(), s.err());
        assertTrue(s.err().contains("--junit-xml /proc/x.xml: cannot be written"), s.err());
        assertEquals("", s.out(), "submit judged nothing");
    }

    @Test
    void aMissingFolderIsCreatedAndTheFileGetsTheUmasksPermissions() throws Exception {
        Path file = dir.resolve("new/folder/report.csv");
        ReportFiles.check("--csv", file);
        assertTrue(Files.isDirectory(file.getParent()));
        assertEquals(List.of(), listing(file.getParent()), "the check leaves nothing behind");
        assertTrue(ReportFiles.write(file, () -> "a,b\r\n", System.err));
        assertEquals("a,b\r\n", Files.readString(file));
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file),
                "the same permissions as any new file: the umask decides");
        if (PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)).equals("rw-r--r--")) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        assertEquals(List.of("report.csv"), listing(file.getParent()));
    }

    @Test
    void aWriteThatFailsSaysWhichReportAndNeverNamesATempFile() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file.txt"), "x");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        boolean ok = ReportFiles.write(notAFolder.resolve("r.xml"), () -> "<x/>",
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertFalse(ok);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("judge: cannot write the report " + notAFolder.resolve("r.xml")), message);
        assertFalse(message.contains(".tmp"), message);
    }

    @Test
    void aCompileErrorsJsonMessageIsItsFirstError() throws Exception {
        Path source = dir.resolve("Solution.java");
        Files.writeString(source, "class Solution {\n    public String minWindow(String s, String t) {\n"
                + "        return 1\n    }\n}\n");
        Run r = judge("submit", "76", source.toString(), "--format", "json");
        assertEquals(1, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("COMPILE_ERROR", json.get("verdict").asText());
        String message = json.get("message").asText();
        assertTrue(message.matches(".*Solution\\.java:3:\\d+: .*';' expected.*"), message);
    }

    private static List<String> listing(Path folder) throws Exception {
        try (var s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Sources for the tests above. */
    static final class GradingFixtures {
        static final String WRONG = "class Solution { public String minWindow(String s, String t) { return t; } }";
    }
}
