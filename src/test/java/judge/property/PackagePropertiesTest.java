package judge.property;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * Each problem's property as dynamic tests, so that authors see them in Surefire's reports: the reference
 * passes against itself through the checker, and every wrong_answer submission is falsified, with its
 * shrunk counterexample in the report. Sizes go up to the constraints' maximum (as edge cases), so that
 * bugs that only show on large inputs, such as counters that overflow, are found too.
 */
class PackagePropertiesTest {
    private static final long SEED = 2026;

    @TestFactory
    Stream<DynamicTest> eachProblemsPropertyHoldsForItsReferenceAndFailsForEveryWrongSubmission() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : new ProblemRepository(TestPackages.PROBLEMS).packages()) {
            Problem problem = ProblemLoader.load(dir);
            int maxSize = maxLength(problem);
            tests.add(DynamicTest.dynamicTest(dir.getFileName() + ": the reference agrees with itself", () -> {
                FuzzResult r = fuzz(problem, problem.referenceSource(), 2000, FuzzConfig.DEFAULT_MAX_SIZE);
                assertEquals(FuzzResult.Status.PASSED, r.status(), () -> String.valueOf(r.counterexample()));
            }));
            Path wrong = dir.resolve("submissions").resolve("wrong_answer");
            if (!Files.isDirectory(wrong)) {
                continue;
            }
            try (Stream<Path> files = Files.list(wrong)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    tests.add(DynamicTest.dynamicTest(dir.getFileName() + ": wrong_answer/" + file.getFileName()
                            + " is falsified", file.toUri(), () -> {
                        FuzzResult r = fuzz(problem, file, 200, maxSize);
                        assertEquals(FuzzResult.Status.FALSIFIED, r.status(), r.message());
                        System.out.printf("%s: falsified after %d tries, shrunk to %s (%s)%n", file.getFileName(),
                                r.tries(), abbreviate(r.counterexample().input().toString()),
                                r.counterexample().message());
                    }));
                }
            }
        }
        return tests.stream();
    }

    private static FuzzResult fuzz(Problem problem, Path source, long tries, int maxSize) {
        FuzzConfig config = new FuzzConfig(SEED, tries, Duration.ofSeconds(60), maxSize, Duration.ofSeconds(3));
        return PropertyRun.fuzz(TestPackages.judge(), problem, Source.read(source), config, done -> { });
    }

    /** The largest length any parameter may take: edge cases at that size find overflow bugs. */
    private static int maxLength(Problem problem) {
        return (int) problem.signature().params().stream()
                .filter(p -> p.constraints() != null && p.constraints().length() != null)
                .mapToLong(p -> p.constraints().length().max()).max().orElse(FuzzConfig.DEFAULT_MAX_SIZE);
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
