package judge.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import judge.TestPackages;
import judge.problem.ProblemLoader;
import judge.problem.ProblemRepository;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every generator built on {@link TestWriter}, run the way docs/authoring.md says, writes exactly the hidden
 * tests committed beside it: the tests are what the generator makes, byte for byte, and it still runs.
 */
class GeneratorsReproduceTest {
    @TempDir Path temp;

    @TestFactory
    Stream<DynamicTest> generatorsRebuildTheirCommittedTests() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : new ProblemRepository(TestPackages.PROBLEMS).packages()) {
            Path generator = dir.resolve("generator/GenerateTests.java");
            if (Files.isRegularFile(generator) && TestPackages.read(generator).contains("judge.authoring.TestWriter")) {
                tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> reproduce(dir, generator)));
            }
        }
        assertTrue(tests.size() >= 2, "the generators of at least two packages use TestWriter");
        return tests.stream();
    }

    private void reproduce(Path dir, Path generator) throws Exception {
        Path out = temp.resolve(dir.getFileName());
        Files.createDirectories(out.resolve("tests"));
        Files.copy(dir.resolve("tests/examples.json"), out.resolve("tests/examples.json"));
        Path log = temp.resolve(dir.getFileName() + ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Path.of("target", "classes").toAbsolutePath().toString(), generator.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the generator finishes within 2 minutes");
        assertEquals(0, p.exitValue(), () -> TestPackages.read(log));
        List<Path> committed = ProblemLoader.jsonFiles(dir.resolve("tests/hidden"));
        List<Path> made = ProblemLoader.jsonFiles(out.resolve("tests/hidden"));
        assertEquals(names(committed), names(made));
        for (int i = 0; i < committed.size(); i++) {
            assertTrue(same(committed.get(i), made.get(i)), committed.get(i) + " differs from what the generator writes");
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).toList();
    }

    private static boolean same(Path a, Path b) throws IOException {
        return Files.mismatch(a, b) == -1;
    }
}
