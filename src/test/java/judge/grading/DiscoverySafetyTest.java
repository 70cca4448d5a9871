package judge.grading;

import static judge.TestPackages.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import judge.TestPackages;
import judge.compile.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grading's discovery never follows a link, never reads a special file or an outside one, and skips with reasons. */
class DiscoverySafetyTest {
    static final String SOLUTION = GradingTest.SOLUTION;

    @TempDir Path dir;

    private static Map<String, String> skipped(Discovery.Found found) {
        return found.skipped().stream().collect(Collectors.toMap(Skipped::path, Skipped::reason));
    }

    private static List<String> labels(Discovery.Found found) {
        return found.submissions().stream().map(Submission::label).toList();
    }

    private static String reasonFor(Discovery.Found found, String pathEnd) {
        return found.skipped().stream().filter(s -> s.path().endsWith(pathEnd)).map(Skipped::reason).findFirst()
                .orElse(null);
    }

    private static void mkfifo(Path p) throws Exception {
        Process process = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, process.waitFor());
    }

    @Test
    void linksAndSpecialFilesAreSkippedWithTheirReasonAndTheRestIsGraded() throws Exception {
        Path root = dir.resolve("class");
        write(root.resolve("alice/76.java"), SOLUTION);
        Files.createDirectories(root.resolve("bob"));
        Files.createSymbolicLink(root.resolve("bob/76"), TestPackages.P76.resolve("reference"));
        Files.createDirectories(root.resolve("carol"));
        Files.createSymbolicLink(root.resolve("carol/76.java"), Path.of("/etc/shadow"));
        Files.createDirectories(root.resolve("dave"));
        Files.createSymbolicLink(root.resolve("dave/76.java"), Path.of("/dev/zero"));
        Files.createDirectories(root.resolve("erin/76"));
        mkfifo(root.resolve("erin/76/Solution.java"));
        Files.createDirectories(root.resolve("frank"));
        mkfifo(root.resolve("frank/76.java"));
        write(dir.resolve("elsewhere/grace/76.java"), SOLUTION);
        Files.createSymbolicLink(root.resolve("grace"), dir.resolve("elsewhere/grace"));
        write(root.resolve("heidi/76.java"), "// " + "x".repeat((int) Source.MAX_BYTES) + "\n" + SOLUTION);

        Discovery.Found found = Discovery.scan(root, GradingTest.PROBLEMS);

        assertEquals(List.of("alice/76"), labels(found), () -> skipped(found).toString());
        assertTrue(reasonFor(found, "bob/76").contains("symbolic link"), skipped(found).toString());
        assertTrue(reasonFor(found, "carol/76.java").contains("symbolic link"), skipped(found).toString());
        assertTrue(reasonFor(found, "dave/76.java").contains("symbolic link"), skipped(found).toString());
        assertTrue(reasonFor(found, "frank/76.java").contains("not a regular file (a FIFO"), skipped(found).toString());
        assertTrue(reasonFor(found, "erin/76/Solution.java").contains("not a regular file"), skipped(found).toString());
        assertEquals("no solution.cpp or Solution.java or solution.py in this folder", reasonFor(found, "erin/76"));
        assertTrue(reasonFor(found, "grace").contains("symbolic link"), skipped(found).toString());
        assertTrue(reasonFor(found, "heidi/76.java").contains("the limit is 1048576 bytes"), skipped(found).toString());
    }

    @Test
    void aManifestCannotNameFilesOutsideItsFolderOrThroughLinks() throws IOException {
        Path folder = dir.resolve("course");
        write(folder.resolve("subs/a.java"), SOLUTION);
        write(dir.resolve("outside.java"), SOLUTION);
        Files.createSymbolicLink(folder.resolve("linked"), dir);
        Files.createSymbolicLink(folder.resolve("subs/shadow.java"), Path.of("/etc/shadow"));
        write(folder.resolve("m.json"), """
                [{"student": "amy", "problem": 76, "path": "subs/a.java"},
                 {"student": "bob", "problem": 76, "path": "../outside.java"},
                 {"student": "cy", "problem": 76, "path": "%s"},
                 {"student": "dee", "problem": 76, "path": "linked/outside.java"},
                 {"student": "eve", "problem": 76, "path": "subs/shadow.java"},
                 {"student": "fay", "problem": 76, "path": "subs/../../outside.java"}]
                """.formatted(dir.resolve("outside.java").toString().replace("\\", "\\\\")));

        Discovery.Found found = Discovery.manifest(folder.resolve("m.json"), GradingTest.PROBLEMS);

        assertEquals(List.of("amy/76"), labels(found));
        Map<String, String> why = found.skipped().stream().collect(Collectors.toMap(
                s -> s.reason().split(" ")[5], Skipped::reason, (a, b) -> a + " | " + b));
        assertTrue(why.get("bob").contains("outside the manifest's folder"), why.toString());
        assertTrue(why.get("cy").contains("an absolute path"), why.toString());
        assertTrue(why.get("dee").contains("through the symbolic link"), why.toString());
        assertTrue(why.get("eve").contains("a symbolic link"), why.toString());
        assertTrue(why.get("fay").contains("outside the manifest's folder"), why.toString());
        assertEquals(5, found.skipped().size(), why.toString());
    }

    @Test
    void manifestOutsideLetsTheTeacherNameOtherFiles() throws IOException {
        Path folder = dir.resolve("course");
        write(dir.resolve("outside.java"), SOLUTION);
        write(folder.resolve("m.csv"), "student,problem,path\nbob,76,../outside.java\ncy,76," + dir.resolve("outside.java")
                + "\n");
        Discovery.Found found = Discovery.manifest(folder.resolve("m.csv"), GradingTest.PROBLEMS, true);
        assertEquals(List.of("bob/76", "cy/76"), labels(found), () -> skipped(found).toString());
        assertFalse(found.submissions().get(0).source().original().isEmpty());
    }
}
