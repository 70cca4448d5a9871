package judge.authoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every generator built on {@link TestWriter}, run the way docs/authoring.md says, writes exactly the hidden
 * tests committed beside it: the tests are what the generator makes, byte for byte, and it still runs. One JVM
 * per package, minutes in all: the second tier. The fast tier reproduces the smallest generator
 * ({@link TestWriterTest}).
 */
class GeneratorsReproduceIT {
    @TempDir Path temp;

    @TestFactory
    Stream<DynamicTest> generatorsRebuildTheirCommittedTests() {
        List<Path> packages = GeneratorRun.packagesUsingTestWriter();
        assertTrue(packages.size() >= 2, "the generators of at least two packages use TestWriter");
        return packages.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(),
                () -> GeneratorRun.reproduce(dir, temp)));
    }
}
