package judge.judging;

import java.util.ArrayList;
import java.util.List;
import judge.problem.Limits;

/**
 * The time limits for one run: one per test and one for the whole run, in milliseconds.
 *
 * <p>They come from the reference solution timed on the same machine in the same run
 * ({@link #forReference}): {@code max(floor, factor × reference)}. A solution is thus measured against what
 * the machine can do right now, and a verdict does not flip between a fast laptop and a busy CI runner. The
 * floors absorb the noise of tests the reference finishes in microseconds.
 */
public record TimeLimits(List<Long> perTestMs, long totalMs) {

    public TimeLimits {
        perTestMs = List.copyOf(perTestMs);
    }

    public static TimeLimits forReference(Limits limits, List<Long> referenceNanos) {
        List<Long> perTest = new ArrayList<>(referenceNanos.size());
        long totalNanos = 0;
        for (long nanos : referenceNanos) {
            perTest.add(Math.max(limits.testFloorMs(), scaledMs(limits.timeFactor(), nanos)));
            totalNanos += nanos;
        }
        return new TimeLimits(perTest, Math.max(limits.totalFloorMs(), scaledMs(limits.timeFactor(), totalNanos)));
    }

    /** Limits without a reference run (examples, custom input): the floors. */
    public static TimeLimits floors(Limits limits, int tests) {
        return new TimeLimits(java.util.Collections.nCopies(tests, limits.testFloorMs()), limits.totalFloorMs());
    }

    public long forTest(int index) {
        return perTestMs.get(index);
    }

    private static long scaledMs(double factor, long nanos) {
        return (long) Math.ceil(factor * nanos / 1e6);
    }
}
