package judge.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import judge.value.Value;
import judge.value.ValueFormat;
import org.junit.jupiter.api.Test;

class CheckersTest {
    private static CheckResult check(Checker c, String expected, String output) {
        return c.check(List.of(), ValueFormat.parse(expected), ValueFormat.parse(output));
    }

    private static String rejection(Checker c, String expected, String output) {
        CheckResult r = check(c, expected, output);
        assertTrue(r instanceof CheckResult.Rejected, expected + " vs " + output + " should be rejected");
        return ((CheckResult.Rejected) r).message();
    }

    @Test
    void exactWantsTheSameValueInTheSameOrder() {
        Checker c = new ExactChecker();
        assertTrue(check(c, "[1,2]", "[1,2]").accepted());
        assertEquals("the output differs from the expected answer", rejection(c, "[1,2]", "[2,1]"));
        assertEquals("expected an array, got null", rejection(c, "[1,2]", "null"));
    }

    @Test
    void unorderedAcceptsAnyOrderButTheSameMultiset() {
        Checker c = new UnorderedChecker();
        assertTrue(check(c, "[[1,2],[3]]", "[[3],[1,2]]").accepted());
        assertTrue(check(c, "[1,1,2]", "[2,1,1]").accepted());
        assertTrue(rejection(c, "[1,1,2]", "[1,2,2]").contains("the elements differ"));
        assertEquals("expected 3 elements, got 2", rejection(c, "[1,1,2]", "[1,2]"));
        assertEquals("expected an array, got an integer", rejection(c, "[1]", "1"));
        assertTrue(rejection(c, "[[1,2]]", "[[2,1]]").contains("differ"), "inner arrays keep their order");
    }

    @Test
    void floatAcceptsWithinEitherToleranceAnywhereInTheValue() {
        Checker c = new FloatChecker(1e-5, 1e-5);
        assertTrue(check(c, "1024.0", "1024.00001").accepted());
        assertTrue(check(c, "0.25", "0.250009").accepted());
        assertTrue(check(c, "1e10", "10000010000.0").accepted(), "relative");
        assertTrue(check(c, "[1.5,2]", "[1.500001,2.0]").accepted());
        assertTrue(rejection(c, "0.25", "0.2501").contains("differs from the expected 0.25 by 1.00e-04"));
        assertTrue(rejection(c, "[1.5,2.5]", "[1.5,2.6]").contains("at index 1"));
        assertEquals("expected a number, got a string", rejection(c, "1.0", "\"1.0\""));
        assertTrue(c.check(List.of(), new Value.Dbl(1), new Value.Dbl(Double.NaN)) instanceof CheckResult.Rejected);
    }
}
