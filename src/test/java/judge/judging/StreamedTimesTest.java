package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import judge.problem.Limits;
import org.junit.jupiter.api.Test;

/**
 * Submit's tests start before the reference has run them all: a test starts with the part of its limit known
 * at once, learns the rest from the reference's time on itself only if it needs it, and still gets exactly the
 * limit the reference's every time would give it.
 */
class StreamedTimesTest {
    private final Limits limits = new Limits(10, 1000, 4000, 256);

    @Test
    void everyLimitIsTheOneAllTheTimesGiveWhateverIsKnownWhenTheTestAsks() throws Exception {
        Random random = new Random(76);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(6);
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // From microseconds to a second: below the floors, near them and far past them.
                nanos.add((long) Math.pow(10, 3 + random.nextDouble() * 6));
            }
            TimeLimits whole = TimeLimits.forReference(limits, nanos);
            int index = random.nextInt(n);
            double runtimeMs = random.nextDouble() * whole.totalMs() * 1.2;
            long expected = Math.min(whole.forTest(index), Math.max(1, whole.totalMs() - Math.round(runtimeMs)));

            assertEquals(expected, StreamedTimes.of(nanos).limitMs(limits, index, runtimeMs));
            StreamedTimes streamed = new StreamedTimes();
            nanos.subList(0, index + 1).forEach(streamed::add);
            CompletableFuture<Long> limit = CompletableFuture.supplyAsync(
                    () -> streamed.limitMs(limits, index, runtimeMs));
            nanos.subList(index + 1, n).forEach(streamed::add);
            streamed.finish();
            assertEquals(expected, limit.get(30, TimeUnit.SECONDS), "times " + nanos + ", test " + index
                    + ", " + runtimeMs + " ms used");
        }
    }

    @Test
    void whatIsKnownWithoutWaitingIsNeverMoreThanTheLimitAndIsItOnceItsOwnTimeDecides() {
        Random random = new Random(1076);
        for (int round = 0; round < 1000; round++) {
            int n = 1 + random.nextInt(6);
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                nanos.add((long) Math.pow(10, 3 + random.nextDouble() * 6));
            }
            TimeLimits whole = TimeLimits.forReference(limits, nanos);
            int index = random.nextInt(n);
            double runtimeMs = random.nextDouble() * whole.totalMs() * 1.2;
            long exact = StreamedTimes.of(nanos).limitMs(limits, index, runtimeMs);
            int known = random.nextInt(n + 1);
            StreamedTimes streamed = new StreamedTimes();
            nanos.subList(0, known).forEach(streamed::add);
            long atLeast = streamed.atLeastMs(limits, index, runtimeMs);
            String what = "times " + nanos + ", " + known + " known, test " + index + ", " + runtimeMs + " ms used";
            assertTrue(atLeast >= 1 && atLeast <= exact, what + ": " + atLeast + " > " + exact);
            TimeLimits partial = TimeLimits.forReference(limits, nanos.subList(0, known));
            if (known > index && partial.forTest(index) <= partial.totalMs() - Math.round(runtimeMs)) {
                assertEquals(exact, atLeast, what);
            }
            if (known == n) {
                assertEquals(exact, atLeast, what);
            }
        }
    }

    @Test
    void aTestWhoseOwnLimitFitsInTheKnownPartOfTheRunsDoesNotWaitForLaterTimes() throws Exception {
        StreamedTimes streamed = new StreamedTimes();
        streamed.add(200_000_000L);
        // The later tests' times never come (until the end of this test): the limit must not need them.
        long limit = CompletableFuture.supplyAsync(() -> streamed.limitMs(limits, 0, 0)).get(30, TimeUnit.SECONDS);
        assertEquals(2000, limit);
        streamed.finish();
    }

    @Test
    void whenTheRunsLimitCouldDecideTheTestWaitsForEveryTime() throws Exception {
        StreamedTimes streamed = new StreamedTimes();
        streamed.add(300_000_000L);
        // 3000 ms of its own, but 2000 ms used of a run limit known so far to be 4000: what is left of the
        // run's limit decides, and the run's limit grows with the next test's time.
        CompletableFuture<Long> limit = CompletableFuture.supplyAsync(() -> streamed.limitMs(limits, 0, 2000));
        streamed.add(300_000_000L);
        streamed.finish();
        assertEquals(3000, limit.get(30, TimeUnit.SECONDS), "the run's limit is 6000 ms with both times");
    }

    @Test
    void aReferenceThatFailsFailsTheTestWaitingForItsTime() {
        StreamedTimes streamed = new StreamedTimes();
        streamed.add(1_000_000L);
        JudgeException broken = new JudgeException("the reference solution failed on test 2");
        CompletableFuture<Long> limit = CompletableFuture.supplyAsync(() -> streamed.limitMs(limits, 1, 0));
        streamed.fail(broken);
        ExecutionException thrown = assertThrows(ExecutionException.class, () -> limit.get(30, TimeUnit.SECONDS));
        assertSame(broken, thrown.getCause());
    }
}
