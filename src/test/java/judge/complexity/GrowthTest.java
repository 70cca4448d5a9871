package judge.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import judge.TestPackages;
import judge.problem.ProblemLoader;
import judge.problem.Signature;
import judge.property.SizedInputs;
import judge.value.Value;
import org.junit.jupiter.api.Test;

/** Which parameters grow, through which sizes, and the inputs drawn at them. */
class GrowthTest {
    static Signature signature(String folder) {
        return ProblemLoader.load(TestPackages.PROBLEMS.resolve(folder)).signature();
    }

    @Test
    void twoStringsOfEqualLimitsGrowTogetherThenEachAloneWithTheOtherHeldSmall() {
        List<Growth> plan = Growth.plan(signature("0076-minimum-window-substring"), null);
        assertEquals(List.of("s and t", "s", "t"), plan.stream().map(Growth::label).toList());
        Growth both = plan.get(0);
        assertEquals(List.of("s", "t"), both.growing());
        assertEquals(Growth.MAX_STEPS, both.steps().size());
        assertEquals(Map.of("s", 781, "t", 781), both.steps().get(0));
        assertEquals(Map.of("s", 100000, "t", 100000), both.steps().get(Growth.MAX_STEPS - 1));
        assertEquals(100000, both.limit());
        assertEquals(Map.of(), both.held());
        assertEquals(Map.of("t", 781), plan.get(1).held());
        assertEquals(Map.of("s", 781, "t", 781), plan.get(1).sizes(0));
        assertEquals(Map.of("s", 100000, "t", 781), plan.get(1).sizes(Growth.MAX_STEPS - 1));
        assertEquals(Map.of("s", 781), plan.get(2).held());
    }

    @Test
    void paramGrowsThatParameterAloneWithTheOthersHeldSmall() {
        List<Growth> plan = Growth.plan(signature("0076-minimum-window-substring"), "t");
        assertEquals(1, plan.size());
        assertEquals(List.of("t"), plan.get(0).growing());
        assertEquals(Map.of("s", 781), plan.get(0).held());
    }

    @Test
    void anUnknownParamOrAProblemWithNothingToGrowIsRefusedWithTheChoices() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Growth.plan(signature("0076-minimum-window-substring"), "u"));
        assertTrue(unknown.getMessage().contains("--param u") && unknown.getMessage().contains("[s, t]"),
                unknown.getMessage());
        IllegalArgumentException numbers = assertThrows(IllegalArgumentException.class,
                () -> Growth.plan(signature("0050-powx-n"), null));
        assertTrue(numbers.getMessage().contains("no input size to grow"), numbers.getMessage());
    }

    @Test
    void aNumberBesideAnArrayDoesNotGrowAndAGridCountsItsCells() {
        List<Growth> window = Growth.plan(signature("0239-sliding-window-maximum"), null);
        assertEquals(List.of("nums"), window.stream().map(Growth::label).toList());
        Growth grid = Growth.plan(signature("0200-number-of-islands"), null).get(0);
        assertEquals(90000, grid.limit());
        assertEquals(Map.of("grid", 300), grid.steps().get(grid.steps().size() - 1));
        assertEquals(Map.of("grid", 18), grid.steps().get(0)); // 300 >> 4; 300 >> 5 would be under 16
    }

    @Test
    void aDesignProblemGrowsItsNumberOfCalls() {
        Growth calls = Growth.plan(signature("0146-lru-cache"), null).get(0);
        assertEquals(List.of("calls"), calls.growing());
        assertEquals(200000, calls.limit());
        assertThrows(IllegalArgumentException.class, () -> Growth.plan(signature("0146-lru-cache"), "capacity"));
    }

    @Test
    void inputsAreDrawnAtExactlyTheSizesAndTheSameSeedDrawsTheSameKindAtEverySize() {
        SizedInputs inputs = new SizedInputs(signature("0076-minimum-window-substring"));
        List<Value> small = inputs.draw(3, Map.of("s", 100, "t", 20));
        List<Value> large = inputs.draw(3, Map.of("s", 5000, "t", 20));
        assertEquals(100, ((Value.Str) small.get(0)).value().length());
        assertEquals(20, ((Value.Str) small.get(1)).value().length());
        assertEquals(5000, ((Value.Str) large.get(0)).value().length());
        assertEquals(distinct(small.get(0)), distinct(large.get(0)), "the same number of distinct letters");
        List<Value> grid = new SizedInputs(signature("0200-number-of-islands")).draw(1, Map.of("grid", 40));
        assertEquals(1600, SizedInputs.size(grid.get(0)));
    }

    private static long distinct(Value v) {
        return ((Value.Str) v).value().chars().distinct().count();
    }

    @Test
    void aParameterDominatesWhenItsExponentAloneLeadsByHalfAPower() {
        Complexity.Run both = run("s and t", 2.0);
        assertEquals("s", Complexity.dominant(List.of(both, run("s", 2.0), run("t", 0.1))));
        assertNull(Complexity.dominant(List.of(both, run("s", 1.0), run("t", 0.9))));
        assertNull(Complexity.dominant(List.of(both)));
    }

    static Complexity.Run run(String label, double exponent) {
        double[] sizes = FitTest.SIZES;
        double[] t = FitTest.times(n -> 1e-6 * Math.pow(n, exponent));
        Series s = new Series("solution", java.util.Arrays.stream(t).boxed().toList(), null, Fit.of(sizes, t, 0));
        Growth g = new Growth(label, List.of(label.split(" and ")), List.of(Map.of()), Map.of(), 100000);
        return new Complexity.Run(g, java.util.Arrays.stream(sizes).boxed().toList(), s, s);
    }
}
