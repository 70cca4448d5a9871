package judge.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import judge.TestPackages;
import judge.problem.ProblemLoader;
import judge.problem.ProblemRepository;

/**
 * A package's generator run the way docs/authoring.md says ({@code java -cp target/classes
 * generator/GenerateTests.java OUT}), and its output compared byte for byte with the hidden tests committed
 * beside it. {@link GeneratorsReproduceIT} does it for every package, {@link TestWriterTest} for the smallest.
 */
final class GeneratorRun {
    private GeneratorRun() {}

    /** The bundled packages whose generator is built on {@link TestWriter}, in the repository's order. */
    static List<Path> packagesUsingTestWriter() {
        return new ProblemRepository(TestPackages.PROBLEMS).packages().stream()
                .filter(dir -> Files.isRegularFile(generator(dir))
                        && TestPackages.read(generator(dir)).contains("judge.authoring.TestWriter"))
                .toList();
    }

    /** Of {@link #packagesUsingTestWriter()}, the one whose committed hidden tests are the fewest bytes. */
    static Path smallest() {
        return packagesUsingTestWriter().stream()
                .min(Comparator.comparingLong((Path dir) -> bytes(dir.resolve("tests/hidden")))
                        .thenComparing(dir -> dir.getFileName().toString()))
                .orElseThrow(() -> new AssertionError("no bundled generator uses TestWriter"));
    }

    /** Runs {@code dir}'s generator into a fresh folder under {@code temp} and asserts it wrote the committed tests. */
    static void reproduce(Path dir, Path temp) throws Exception {
        Path out = temp.resolve(dir.getFileName());
        Files.createDirectories(out.resolve("tests"));
        Files.copy(dir.resolve("tests/examples.json"), out.resolve("tests/examples.json"));
        Path log = temp.resolve(dir.getFileName() + ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Path.of("target", "classes").toAbsolutePath().toString(), generator(dir).toString(),
                out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the generator finishes within 2 minutes");
        assertEquals(0, p.exitValue(), () -> TestPackages.read(log));
        List<Path> committed = ProblemLoader.jsonFiles(dir.resolve("tests/hidden"));
        List<Path> made = ProblemLoader.jsonFiles(out.resolve("tests/hidden"));
        assertEquals(names(committed), names(made));
        for (int i = 0; i < committed.size(); i++) {
            assertEquals(-1, Files.mismatch(committed.get(i), made.get(i)),
                    committed.get(i) + " differs from what the generator writes");
        }
    }

    private static Path generator(Path dir) {
        return dir.resolve("generator/GenerateTests.java");
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).toList();
    }

    private static long bytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
