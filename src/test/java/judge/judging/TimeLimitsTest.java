package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import judge.problem.Limits;
import org.junit.jupiter.api.Test;

class TimeLimitsTest {
    private final Limits limits = new Limits(10, 1000, 4000, 256);

    @Test
    void aTestsLimitIsTheFactorTimesTheReferenceButNeverBelowTheFloor() {
        TimeLimits t = TimeLimits.forReference(limits, List.of(5_000_000L, 250_000_000L));
        assertEquals(List.of(1000L, 2500L), t.perTestMs());
    }

    @Test
    void theTotalLimitScalesTheReferencesTotalWithItsOwnFloor() {
        assertEquals(4000, TimeLimits.forReference(limits, List.of(1_000_000L, 2_000_000L)).totalMs());
        assertEquals(6000, TimeLimits.forReference(limits, List.of(300_000_000L, 300_000_000L)).totalMs());
    }

    @Test
    void withoutAReferenceTheFloorsApply() {
        TimeLimits t = TimeLimits.floors(limits, 3);
        assertEquals(List.of(1000L, 1000L, 1000L), t.perTestMs());
        assertEquals(4000, t.totalMs());
    }
}
