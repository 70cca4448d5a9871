package judge.judging;

import java.util.ArrayList;
import java.util.List;
import judge.problem.Limits;

/**
 * The reference's time on each test as its child reports them, so that the solution's test {@code i} can run
 * as soon as the reference has run test {@code i}, not after the reference's last test: on a cold submit the
 * reference's child and the solution's then run side by side instead of one after the other.
 *
 * <p>{@link #limitMs} gives exactly the limit that {@link TimeLimits#forReference} on every time would give:
 * a test's own limit depends on its own time only, and the whole run's limit can only grow with the times still
 * to come, so the known part decides whenever the test's own limit fits in it; otherwise it waits for them all.
 */
final class StreamedTimes {
    private final List<Long> nanos = new ArrayList<>();
    private boolean finished;
    private RuntimeException failure;

    /** The reference's times, all known at once (a warm judge's timing of an earlier submit). */
    static StreamedTimes of(List<Long> nanos) {
        StreamedTimes times = new StreamedTimes();
        nanos.forEach(times::add);
        times.finish();
        return times;
    }

    synchronized void add(long testNanos) {
        nanos.add(testNanos);
        notifyAll();
    }

    /** No more times will come: every test ran, or the reference stopped early because judging ended. */
    synchronized void finish() {
        finished = true;
        notifyAll();
    }

    /** The reference failed: whoever waits for a time gets {@code e}. */
    synchronized void fail(RuntimeException e) {
        failure = e;
        notifyAll();
    }

    /**
     * The time limit of test {@code index} after the solution has used {@code runtimeMs} on the tests before
     * it: the smaller of the test's own limit and what is left of the whole run's.
     */
    long limitMs(Limits limits, int index, double runtimeMs) {
        long used = Math.round(runtimeMs);
        List<Long> known = upTo(index);
        if (known.size() > index) {
            TimeLimits partial = TimeLimits.forReference(limits, known);
            if (partial.forTest(index) <= partial.totalMs() - used) {
                return partial.forTest(index);
            }
        }
        List<Long> every = all();
        if (every.size() <= index) {
            throw new JudgeException("the reference solution stopped before test " + (index + 1));
        }
        TimeLimits whole = TimeLimits.forReference(limits, every);
        return Math.min(whole.forTest(index), Math.max(1, whole.totalMs() - used));
    }

    /**
     * A lower bound of {@link #limitMs}, known now without waiting, and equal to it once the reference has run
     * test {@code index} and its own limit fits in the whole run's: a test's own limit is at least the floor,
     * and the whole run's only grows with the times still to come.
     */
    synchronized long atLeastMs(Limits limits, int index, double runtimeMs) {
        TimeLimits partial = TimeLimits.forReference(limits, nanos);
        long own = nanos.size() > index ? partial.forTest(index) : limits.testFloorMs();
        return Math.min(own, Math.max(1, partial.totalMs() - Math.round(runtimeMs)));
    }

    /** The times known once test {@code index}'s is (or once no more will come). */
    synchronized List<Long> upTo(int index) {
        while (nanos.size() <= index && !finished && failure == null) {
            waitForMore();
        }
        if (failure != null) {
            throw failure;
        }
        return List.copyOf(nanos);
    }

    /** Every time, once the reference has run every test. */
    synchronized List<Long> all() {
        while (!finished && failure == null) {
            waitForMore();
        }
        if (failure != null) {
            throw failure;
        }
        return List.copyOf(nanos);
    }

    private void waitForMore() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JudgeException("interrupted while waiting for the reference solution's times");
        }
    }
}
