package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import judge.problem.TestCase;
import judge.value.Value;
import org.junit.jupiter.api.Test;

/** Other tests' inputs are taken out of a failure's report, and nothing else is. */
class OtherInputsTest {
    private static TestCase test(String name, Value... input) {
        return new TestCase(name, List.of(input), new Value.Int(0), "tests/hidden/01.json");
    }

    private static TestResult failure(String output) {
        return new TestResult("failing", Verdict.WRONG_ANSWER, 1.0, 1000, List.of("7"), "7", output, null, null);
    }

    @Test
    void anotherTestsNumberIsTakenOutWhereItStandsWholeOnly() {
        List<TestCase> tests = List.of(test("failing", new Value.Int(7)), test("other", new Value.Int(1000)),
                test("negative", new Value.Int(-2500)));
        TestResult r = OtherInputs.redact(failure("1000 [1000,3] 10000 21000 1000.5 0.1000 -2500 1-2500"), tests);

        String m = OtherInputs.MARK;
        assertEquals(m + " [" + m + ",3] 10000 21000 1000.5 0.1000 " + m + " 1" + m, r.output());
    }

    @Test
    void anotherTestsStringIsTakenOutWhereverItAppears() {
        List<TestCase> tests = List.of(test("failing", new Value.Int(7)), test("other", new Value.Str("ADOBEC")));
        TestResult r = OtherInputs.redact(failure("xxADOBECyy \"ADOBEC\""), tests);

        assertEquals("xx" + OtherInputs.MARK + "yy " + OtherInputs.MARK, r.output());
    }
}
