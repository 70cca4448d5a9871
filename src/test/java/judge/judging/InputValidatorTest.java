package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import judge.TestPackages;
import judge.compile.Source;
import judge.problem.CustomInput;
import judge.problem.PackageException;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.property.FuzzConfig;
import judge.property.FuzzResult;
import judge.property.PropertyRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A package's rules across parameters: applied to tests and custom input, and kept by generated inputs. */
class InputValidatorTest {
    @TempDir static Path problems;
    static Problem problem;

    /** A copy of 76 with the rule "t is no longer than s". */
    @BeforeAll
    static void packageWithAValidator() {
        Path dir = TestPackages.copyOf76(problems);
        TestPackages.write(dir.resolve("checker/TNoLongerThanS.java"), """
                import java.util.List;
                import judge.check.InputValidator;
                import judge.value.Value;
                public final class TNoLongerThanS implements InputValidator {
                    public String violation(List<Value> input) {
                        int s = ((Value.Str) input.get(0)).value().length();
                        int t = ((Value.Str) input.get(1)).value().length();
                        return t <= s ? null : "t (length " + t + ") is longer than s (length " + s + ")";
                    }
                }
                """);
        String json = TestPackages.read(dir.resolve("problem.json"));
        TestPackages.write(dir.resolve("problem.json"), json.replace("\"checker\":",
                "\"validator\": { \"class\": \"TNoLongerThanS\" },\n  \"checker\":"));
        TestPackages.write(dir.resolve("tests/examples.json"),
                "[{\"name\": \"example-1\", \"input\": {\"s\": \"ADOBECODEBANC\", \"t\": \"ABC\"}, \"expected\": \"BANC\"}]");
        problem = ProblemLoader.load(dir);
    }

    @Test
    void aTestThatBreaksTheRuleIsRejectedWithWhereItCameFrom() {
        Result ok = TestPackages.judge().run(problem, reference(), null);
        assertEquals(Verdict.ACCEPTED, ok.verdict());
        List<judge.problem.TestCase> custom = CustomInput.parse(problem, "\"a\" \"aa\"", "--case 1");
        PackageException e = assertThrows(PackageException.class, () -> TestPackages.judge().run(problem, reference(),
                custom));
        assertEquals("--case 1 (case-1): the input breaks a rule of the problem: t (length 2) is longer than s"
                + " (length 1)", e.getMessage());
        // The hidden tests of 76 include t longer than s: submit refuses the package.
        e = assertThrows(PackageException.class, () -> TestPackages.judge().submit(problem, reference()));
        assertTrue(e.getMessage().contains("the input breaks a rule of the problem"), e.getMessage());
    }

    @Test
    void generatedInputsKeepToTheRule() {
        Source picky = Source.of(Path.of("Picky.java"), """
                class Solution {
                    public String minWindow(String s, String t) {
                        if (t.length() > s.length()) throw new IllegalStateException("the rule was broken");
                        return new Ref().minWindow(s, t);
                    }
                }
                """ + TestPackages.read(TestPackages.P76.resolve("reference/Solution.java"))
                .replace("class Solution", "class Ref"));
        FuzzResult r = PropertyRun.fuzz(TestPackages.judge(), problem, picky,
                new FuzzConfig(1, 3000, Duration.ofSeconds(60), 24, Duration.ofSeconds(5)), done -> { });
        assertEquals(FuzzResult.Status.PASSED, r.status(), () -> String.valueOf(r.counterexample()));
        assertEquals(3000, r.tries());
    }

    private static Source reference() {
        return Source.read(TestPackages.P76.resolve("reference/Solution.java"));
    }
}
