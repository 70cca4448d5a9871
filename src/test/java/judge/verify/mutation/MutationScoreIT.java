package judge.verify.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import judge.TestPackages;
import judge.problem.ProblemRepository;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code judge verify --mutants} as part of the second tier: every bundled package kills at least
 * {@value #THRESHOLD_PERCENT}% of its reference's mutants that it does not declare equivalent, and no test kills
 * a mutant it declares equivalent; and the package's row of docs/test-strength.md's table says so (its mutants,
 * killed and declared equivalent), so that the table cannot go stale when a reference or its tests change.
 *
 * <p>Measured {@link MutationTesting#testsOnly() without the property search} of survivors: the score is the one
 * {@code verify --mutants} gives (only tests kill), in a fraction of its time (the search is up to 20 s per
 * survivor, and every declared equivalent mutant is one). What it leaves out, an input that tells a declared
 * mutant from the reference, is {@code verify --mutants}'s to find (docs/test-strength.md).
 *
 * <p>Results are cached in target/test-cache by package fingerprint, so a rerun without changes to the packages
 * only regenerates the mutants.
 */
class MutationScoreIT {
    static final int THRESHOLD_PERCENT = 90;
    static final Path TABLE = Path.of("docs", "test-strength.md");
    /** A row of the table: {@code | package | mutants | killed | equivalent | score | seconds |}. */
    private static final Pattern ROW = Pattern.compile(
            "^\\| (\\S+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| [0-9.]+% \\| [^|]* \\|$", Pattern.MULTILINE);

    @TestFactory
    Stream<DynamicTest> everyPackageKillsEnoughMutants() throws IOException {
        Map<String, List<Integer>> table = new HashMap<>();
        Matcher m = ROW.matcher(Files.readString(TABLE));
        while (m.find()) {
            table.put(m.group(1), List.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4))));
        }
        MutationTesting testing = new MutationTesting(TestPackages.judge(), Runtime.getRuntime().availableProcessors(),
                Path.of("target", "test-cache").toAbsolutePath()).testsOnly();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : new ProblemRepository(TestPackages.PROBLEMS).packages()) {
            tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                PackageScore s = testing.score(dir);
                String report = MutationReport.text(s, THRESHOLD_PERCENT / 100.0);
                System.out.print(report);
                assertTrue(s.passes(THRESHOLD_PERCENT / 100.0), report);
                List<Integer> row = table.get(s.problem());
                assertNotNull(row, TABLE + " has no row for " + s.problem());
                assertEquals(List.of(s.mutants(), s.killed(), s.equivalent()), row,
                        TABLE + "'s row for " + s.problem() + " (mutants, killed, equivalent) is stale:\n" + report);
            }));
        }
        return tests.stream();
    }
}
