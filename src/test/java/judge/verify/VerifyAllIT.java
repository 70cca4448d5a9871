package judge.verify;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import judge.TestPackages;
import judge.problem.ProblemRepository;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code judge verify --all} as part of the build: every check of every package is a test of its own in
 * Surefire's report, so that a package whose tests stop catching a wrong or slow submission, whose
 * statement drifts from its examples, or whose tests no longer reach a declared bound fails the build.
 * Warnings pass, and say so in the report; the two costly checks that can only warn (a slow submission sensitive
 * to the time limit, a wrong one only the tests catch) are left out ({@link Verifier#failuresOnly()}): a test
 * that cannot fail is no test, and each costs a judging or a property run of its own. {@code ./judge verify}
 * runs them.
 */
class VerifyAllIT {

    @TestFactory
    Stream<DynamicNode> everyPackagePassesVerify() {
        Verifier verifier = new Verifier(TestPackages.judge(), Runtime.getRuntime().availableProcessors())
                .failuresOnly();
        // Each package is verified when JUnit reaches it (the streams are lazy), so that the log shows progress
        // and how long each package took.
        return new ProblemRepository(TestPackages.PROBLEMS).packages().stream().map(dir -> DynamicContainer
                .dynamicContainer(dir.getFileName().toString(), Stream.of(dir).flatMap(d -> checks(verifier, d))));
    }

    private static Stream<DynamicTest> checks(Verifier verifier, Path dir) {
        long start = System.nanoTime();
        List<Verifier.Check> checks = verifier.verify(dir);
        System.out.printf("%s: verified in %.0f s%n", dir.getFileName(), (System.nanoTime() - start) / 1e9);
        return checks.stream().map(c -> DynamicTest.dynamicTest(c.status() + " " + c.name(), () -> {
            System.out.println(dir.getFileName() + ": " + c.status() + " " + c.name() + ": " + c.detail());
            assertNotEquals(Verifier.Status.FAIL, c.status(), c.name() + ": " + c.detail());
        }));
    }
}
