package judge.complexity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a size's time is made of its inputs' times (the timing itself needs a child: bench/complexity.sh). */
class MeasurerTest {
    @Test
    void aSizeWhereEveryInputRanIsTheirMedian() {
        assertEquals(0.003, Measurer.sizeMs(new long[] {5_000, 1_000, 3_000, 2_000, 4_000}, 5, null, -1), 1e-12);
        assertEquals(0.003, Measurer.sizeMs(new long[] {5_000, 1_000, 3_000, 2_000, 4_000}, 5,
                new long[] {1, 1, 1, 1, 1}, 99), 1e-12, "a full size owes nothing to the size before");
    }

    @Test
    void aSizeWhereOnlyTheFirstInputsFitIsTheSizeBeforeScaledByHowThoseInputsGrew() {
        // The size before: inputs 0..4 at 1, 2, 3, 4, 5 ms, median 3 ms. Input 0, the cheapest kind, now takes
        // 4.4 ms: by itself it would read as a 1.47x growth; like for like it grew 4.4x, so the size is 13.2 ms.
        long[] before = {1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000};
        assertEquals(13.2, Measurer.sizeMs(new long[] {4_400_000}, 5, before, 3.0), 1e-9);
        // Three inputs: the median of their growths (4x, 5x, 4.5x) is 4.5x.
        assertEquals(13.5, Measurer.sizeMs(new long[] {4_000_000, 10_000_000, 13_500_000}, 5, before, 3.0), 1e-9);
    }

    @Test
    void theFirstSizeHasNoSizeBeforeSoItsFewInputsGiveTheirMedian() {
        assertEquals(2.0, Measurer.sizeMs(new long[] {1_000_000, 2_000_000, 9_000_000}, 5, null, -1), 1e-12);
    }

    @Test
    void aSizeIsMeasuredAgainWhenItGrewMoreThanHalfAPowerFasterThanTheSizeBefore() {
        // n^2 log n read 4.4x per doubling (2.14); then 100 ms -> 700 ms is 2.81: a burst, or a real change.
        assertTrue(Measurer.worthARepeat(100, 700, 2.14));
        assertFalse(Measurer.worthARepeat(100, 440, 2.14), "the same growth again");
        assertFalse(Measurer.worthARepeat(100, 600, 2.14), "2.58: within half a power");
        assertFalse(Measurer.worthARepeat(100, 50, 2.14), "slower growth is never a burst of other work");
        assertFalse(Measurer.worthARepeat(100, 700, Double.NaN), "no growth before it to compare with");
        assertFalse(Measurer.worthARepeat(0.004, 0.019, 1.0), "times under the floor are the call's own overhead");
    }
}
