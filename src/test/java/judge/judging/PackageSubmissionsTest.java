package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import judge.TestPackages;
import judge.compile.Source;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.ProblemRepository;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Judges every known submission of every problem package and asserts the verdict its folder names
 * ({@code submissions/wrong_answer/CaseFolding.java} must be Wrong Answer), and that each reference is
 * Accepted. A package whose tests stop catching a wrong or slow submission fails here.
 */
class PackageSubmissionsTest {

    @TestFactory
    Stream<DynamicTest> everySubmissionGetsTheVerdictItsFolderNames() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : new ProblemRepository(TestPackages.PROBLEMS).packages()) {
            Problem problem = ProblemLoader.load(dir);
            tests.add(DynamicTest.dynamicTest(dir.getFileName() + ": reference is Accepted",
                    () -> assertVerdict(problem, problem.referenceSource(), Verdict.ACCEPTED)));
            Path submissions = dir.resolve("submissions");
            try (Stream<Path> folders = Files.list(submissions)) {
                for (Path folder : folders.sorted().toList()) {
                    Verdict expected = Verdict.fromFolderName(folder.getFileName().toString());
                    assertNotNull(expected, "unknown verdict folder " + folder);
                    try (Stream<Path> files = Files.list(folder)) {
                        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                            tests.add(DynamicTest.dynamicTest(dir.getFileName() + ": " + folder.getFileName() + "/"
                                    + file.getFileName(), file.toUri(), () -> assertVerdict(problem, file, expected)));
                        }
                    }
                }
            }
        }
        return tests.stream();
    }

    private static void assertVerdict(Problem problem, Path file, Verdict expected) {
        Result r = TestPackages.judge().submit(problem, Source.read(file));
        assertEquals(expected, r.verdict(), () -> "passed " + r.passed() + "/" + r.total() + ", " + r.message()
                + "\n" + r.compileErrors() + "\nfailure: " + r.failure());
    }
}
