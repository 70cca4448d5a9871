package judge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import judge.TestPackages;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-C or {@code kill} while {@code ./judge submit} judges: exit 130, the progress line ended, nothing printed
 * after the stop (no report of the judging it cut short), no child left running and no {@code judge-*} folder
 * (with the student's classes) left in the temp folder.
 */
class InterruptIT {
    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void aStoppedSubmitKillsItsChildrenRemovesItsFoldersAndExits130(String signal) throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path solution = dir.resolve("Solution.java");
        Files.writeString(solution, "class Solution { public String minWindow(String s, String t) {"
                + " while (true) { } } }");
        ProcessBuilder pb = new ProcessBuilder(TestPackages.launcher("--problems", TestPackages.PROBLEMS.toString(),
                "submit", "76", solution.toString()))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp);
        Process judge = pb.start();
        Set<ProcessHandle> seen = new HashSet<>();
        boolean judging = false;
        for (int i = 0; i < 6000 && judge.isAlive() && !judging; i++) {
            for (ProcessHandle h : judge.descendants().toList()) {
                seen.add(h);
                judging |= h.info().commandLine().orElse("").contains("judge.runner.Runner");
            }
            if (!judging) {
                Thread.sleep(20);
            }
        }
        assertTrue(judging, "the judge never started a child: " + Files.readString(dir.resolve("err.txt")));
        seen.addAll(judge.descendants().toList());
        new ProcessBuilder("kill", "-" + signal, String.valueOf(judge.pid())).start().waitFor();
        assertTrue(judge.waitFor(120, TimeUnit.SECONDS), "the judge did not stop");
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);

        assertEquals(130, judge.exitValue(), err);
        assertTrue(err.contains("\njudge: stopped (SIG"), err);
        assertTrue(err.endsWith("temporary folders removed" + System.lineSeparator()), "printed after the stop: " + err);
        // stdout holds the report, and a stopped judging has none: not one of the judging the stop cut short
        assertEquals("", Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8));
        for (ProcessHandle h : seen) {
            h.onExit().get(10, TimeUnit.SECONDS); // every child ends (a live one fails the test with a timeout)
        }
        List<String> left = new ArrayList<>();
        try (Stream<Path> s = Files.list(tmp)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("judge-")).forEach(left::add);
        }
        assertEquals(List.of(), left, "folders left in the judge's temp folder");
    }
}
