package judge.verify;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
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
 * Warnings (a slow submission sensitive to the time limit, a wrong one only the tests catch) pass, and
 * say so in the report.
 */
class VerifyAllIT {

    @TestFactory
    Stream<DynamicNode> everyPackagePassesVerify() {
        Verifier verifier = new Verifier(TestPackages.judge(), Runtime.getRuntime().availableProcessors());
        List<DynamicNode> packages = new ArrayList<>();
        for (Path dir : new ProblemRepository(TestPackages.PROBLEMS).packages()) {
            List<Verifier.Check> checks = verifier.verify(dir);
            packages.add(DynamicContainer.dynamicContainer(dir.getFileName().toString(), checks.stream()
                    .map(c -> DynamicTest.dynamicTest(c.status() + " " + c.name(), () -> {
                        System.out.println(dir.getFileName() + ": " + c.status() + " " + c.name() + ": " + c.detail());
                        assertNotEquals(Verifier.Status.FAIL, c.status(), c.name() + ": " + c.detail());
                    }))));
        }
        return packages.stream();
    }
}
