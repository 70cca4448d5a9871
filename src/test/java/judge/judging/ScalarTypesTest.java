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

/**
 * A {@code char} and a {@code long} beyond 32 bits end to end, as parameters and as the answer: validated,
 * passed to the solution, returned, checked, drawn by the fuzzer. (200 and 2962 judge {@code char[][]} and a
 * {@code long} answer at full size in {@code VerifyAllIT}.)
 */
class ScalarTypesTest {
    @TempDir static Path problems;
    static Problem shift;

    /** Shift a lower-case letter {@code steps} places along the alphabet, wrapping from z to a. */
    @BeforeAll
    static void shiftPackage() {
        Path dir = problems.resolve("9002-shift-letter");
        TestPackages.write(dir.resolve("problem.json"), """
                {"id": 9002, "slug": "shift-letter", "title": {"en": "Shift Letter", "zh": "移位字母"},
                 "difficulty": "Easy", "tags": ["math"],
                 "signature": {"method": "shift", "returns": "char", "params": [
                   {"name": "c", "type": "char", "chars": "a-z"},
                   {"name": "steps", "type": "long", "min": 0, "max": 1000000000000}]}}
                """);
        TestPackages.write(dir.resolve("tests/examples.json"), """
                [{"name": "example-1", "input": {"c": "a", "steps": 2}, "expected": "c"},
                 {"name": "beyond-int", "input": {"c": "z", "steps": 4294967296}, "expected": "v"}]
                """);
        TestPackages.write(dir.resolve("reference/Solution.java"), """
                class Solution {
                    public char shift(char c, long steps) {
                        return (char) ('a' + (c - 'a' + steps % 26) % 26);
                    }
                }
                """);
        shift = ProblemLoader.load(dir);
    }

    @Test
    void aCharAndALongGoInAndTheCharComesBackAsAOneLetterString() {
        Result r = TestPackages.judge().run(shift, Source.read(shift.referenceSource()), null);
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> r.compileErrors() + " " + r.failure());
        assertEquals("\"c\"", r.tests().get(0).output());
        assertEquals("\"v\"", r.tests().get(1).output());
    }

    @Test
    void aLongTruncatedToAnIntIsAWrongAnswer() {
        Source truncating = Source.of(Path.of("Truncating.java"), """
                class Solution {
                    public char shift(char c, long steps) {
                        int s = (int) steps;
                        return (char) ('a' + (c - 'a' + s % 26) % 26);
                    }
                }
                """);
        Result r = TestPackages.judge().run(shift, truncating, null);
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        assertEquals("beyond-int", r.failure().name());
        assertEquals("\"z\"", r.failure().output(), "2^32 truncates to 0 steps");
    }

    @Test
    void customInputHoldsACharToOneLetterAndItsClass() {
        assertEquals(1, CustomInput.parse(shift, "\"q\" 10000000000", "--case 1").size());
        var e = assertThrows(PackageException.class, () -> CustomInput.parse(shift, "\"ab\" 1", "--case 1"));
        assertTrue(e.getMessage().contains("expected a one-character string"), e.getMessage());
        e = assertThrows(PackageException.class, () -> CustomInput.parse(shift, "\"A\" 1", "--case 1"));
        assertTrue(e.getMessage().contains("'A' at index 0 is not in [a-z]"), e.getMessage());
    }

    @Test
    void fuzzingDrawsLettersAndLongsAndFindsTheTruncation() {
        Source truncating = Source.of(Path.of("Truncating.java"), """
                class Solution {
                    public char shift(char c, long steps) {
                        return (char) ('a' + (c - 'a' + (int) steps % 26) % 26);
                    }
                }
                """);
        FuzzConfig config = new FuzzConfig(5, 2000, Duration.ofSeconds(60), 24, Duration.ofSeconds(10));
        FuzzResult bad = PropertyRun.fuzz(TestPackages.judge(), shift, truncating, config, done -> { });
        assertEquals(FuzzResult.Status.FALSIFIED, bad.status());
        assertEquals(List.of("\"a\"", "2147483648"), bad.counterexample().input(), "the smallest long that truncates");
        FuzzResult ok = PropertyRun.fuzz(TestPackages.judge(), shift, Source.read(shift.referenceSource()), config,
                done -> { });
        assertEquals(FuzzResult.Status.PASSED, ok.status());
    }
}
