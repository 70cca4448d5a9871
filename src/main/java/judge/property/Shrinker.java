package judge.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Shrinks a failing input by simplifying the choice sequence it was generated from (minithesis's passes,
 * adapted to long sequences) and keeping a candidate only when it still fails in the same way.
 *
 * <p>"Simpler" is shortlex order on sequences: shorter first, then lexicographically smaller. Since every
 * choice's simplest answer is 0 and lengths are "more?" choices, a simpler sequence means fewer and shorter
 * values, smaller numbers and earlier letters. Each pass tries one kind of simplification:
 * <ol>
 *   <li>once, for a long sequence: keep only a prefix, the shortest of 8, 16, 32, ... choices that still
 *       fails;</li>
 *   <li>delete a block of choices (whole elements, or parts of several): halves first, then smaller blocks
 *       down to single choices, so that a 10^5-long input loses most of its length in a few steps, and
 *       every size from 8 down, since one element may take three choices;</li>
 *   <li>set a block of choices to 0 (letters to the first one, a run of "more?" to "no");</li>
 *   <li>lower each choice, by binary search towards 0;</li>
 *   <li>lower all copies of a repeated value together, and (in short sequences) two values by the same
 *       amount: letters that must stay related, as "xX" with t = "X" for a solution that folds case, move
 *       together to "aA";</li>
 *   <li>sort small blocks and swap neighbours, so that equal structure settles in one canonical order.</li>
 * </ol>
 * The passes repeat until none of them improves, or the budget runs out: the result is the simplest
 * failing sequence found, not necessarily the simplest that exists.
 */
final class Shrinker {
    private final Function<long[], long[]> interesting;
    private final long deadlineNanos;
    private long[] best;
    private int steps;
    private int candidates;
    private boolean outOfTime;

    /**
     * @param interesting runs a candidate sequence; returns the sequence the generators actually consumed
     *                    when the candidate still fails the same way, else {@code null}
     */
    Shrinker(long[] failing, Function<long[], long[]> interesting, long deadlineNanos) {
        this.best = failing;
        this.interesting = interesting;
        this.deadlineNanos = deadlineNanos;
    }

    long[] shrink() {
        if (best.length > LONG_INPUT) {
            keepAPrefix();
        }
        boolean improved = true;
        while (improved && !outOfTime()) {
            improved = deleteBlocks() | zeroBlocks() | lowerEach() | lowerEqualTogether() | lowerPairs()
                    | sortBlocks();
        }
        return best;
    }

    int steps() {
        return steps;
    }

    int candidates() {
        return candidates;
    }

    boolean stoppedByBudget() {
        return outOfTime;
    }

    /** Choices past which an input counts as long, and is first cut to a prefix. */
    static final int LONG_INPUT = 256;

    /**
     * Tries ever longer prefixes of the sequence, from 8 choices doubling, and keeps the first that still
     * fails. Choices past a prefix replay as 0, so a prefix is the input's first elements and nothing more:
     * a design problem's first calls, an array's first values. A long failure that shows early (a cache that
     * answers wrongly at its 40th call of 200,000) thus loses almost all its length for the price of a few
     * small runs, where deleting blocks would run one large candidate after another.
     */
    private void keepAPrefix() {
        for (int n = 8; n < best.length && !outOfTime(); n *= 2) {
            if (consider(Arrays.copyOf(best, n))) {
                return;
            }
        }
    }

    private boolean deleteBlocks() {
        boolean improved = false;
        // Large blocks (powers of two) at block-aligned positions only; then every size from 8 down to 1
        // everywhere, since one element often takes three choices ("one more?", "copy or draw?", which).
        List<Integer> sizes = new ArrayList<>();
        for (int k = Integer.highestOneBit(Math.max(1, best.length)); k > 8; k /= 2) {
            sizes.add(k);
        }
        for (int k = 8; k >= 1; k--) {
            sizes.add(k);
        }
        for (int k : sizes) {
            if (outOfTime()) {
                break;
            }
            int step = k > 8 ? k : 1;
            for (int i = best.length - k; i >= 0 && !outOfTime(); i -= step) {
                if (i + k > best.length) {
                    continue;
                }
                long[] candidate = new long[best.length - k];
                System.arraycopy(best, 0, candidate, 0, i);
                System.arraycopy(best, i + k, candidate, i, best.length - i - k);
                improved |= consider(candidate);
            }
        }
        return improved;
    }

    private boolean zeroBlocks() {
        boolean improved = false;
        for (int k = 8; k >= 1 && !outOfTime(); k /= 2) {
            for (int i = best.length - k; i >= 0 && !outOfTime(); i--) {
                if (i + k > best.length || allZero(best, i, i + k)) {
                    continue;
                }
                long[] candidate = best.clone();
                Arrays.fill(candidate, i, i + k, 0);
                improved |= consider(candidate);
            }
        }
        return improved;
    }

    private boolean lowerEach() {
        boolean improved = false;
        for (int i = best.length - 1; i >= 0 && !outOfTime(); i--) {
            if (i >= best.length || best[i] == 0) {
                continue;
            }
            // The smallest value that still fails lies in [lo, hi]: hi fails, everything below lo was tried.
            long lo = 0;
            long hi = best[i];
            while (lo < hi && !outOfTime()) {
                long mid = lo + (hi - lo) / 2;
                long[] candidate = best.clone();
                candidate[i] = mid;
                if (consider(candidate)) {
                    improved = true;
                    if (i >= best.length) {
                        break;
                    }
                    hi = best[i];
                } else {
                    lo = mid + 1;
                }
            }
        }
        return improved;
    }

    private boolean lowerEqualTogether() {
        boolean improved = false;
        java.util.TreeSet<Long> repeated = new java.util.TreeSet<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (long v : best) {
            if (v > 1 && !seen.add(v)) {
                repeated.add(v);
            }
        }
        for (long value : repeated.descendingSet()) {
            long lo = 0;
            long hi = value;
            long current = value;
            while (lo < hi && !outOfTime()) {
                long mid = lo + (hi - lo) / 2;
                long[] candidate = best.clone();
                for (int i = 0; i < candidate.length; i++) {
                    if (candidate[i] == current) {
                        candidate[i] = mid;
                    }
                }
                if (consider(candidate)) {
                    improved = true;
                    current = mid;
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
        }
        return improved;
    }

    private boolean lowerPairs() {
        boolean improved = false;
        if (best.length > 64) {
            return false;
        }
        for (int i = 0; i < best.length && !outOfTime(); i++) {
            for (int j = i + 1; j < best.length && !outOfTime(); j++) {
                if (j >= best.length || best[i] == 0 || best[j] == 0) {
                    continue;
                }
                // The largest amount both can go down by while the input still fails, by binary search.
                long lo = 0;
                long hi = Math.min(best[i], best[j]);
                long[] base = best.clone();
                while (lo < hi && !outOfTime()) {
                    long delta = hi - (hi - lo) / 2;
                    long[] candidate = base.clone();
                    candidate[i] -= delta;
                    candidate[j] -= delta;
                    if (consider(candidate)) {
                        improved = true;
                        lo = delta;
                    } else {
                        hi = delta - 1;
                    }
                }
                if (best.length != base.length) {
                    return improved;
                }
            }
        }
        return improved;
    }

    private boolean sortBlocks() {
        boolean improved = false;
        for (int k = 8; k >= 2 && !outOfTime(); k /= 2) {
            for (int i = best.length - k; i >= 0 && !outOfTime(); i--) {
                if (i + k > best.length) {
                    continue;
                }
                long[] candidate = best.clone();
                Arrays.sort(candidate, i, i + k);
                if (!Arrays.equals(candidate, best)) {
                    improved |= consider(candidate);
                }
            }
        }
        for (int i = best.length - 2; i >= 0 && !outOfTime(); i--) {
            if (i + 1 < best.length && best[i] > best[i + 1]) {
                long[] candidate = best.clone();
                candidate[i] = best[i + 1];
                candidate[i + 1] = best[i];
                improved |= consider(candidate);
            }
        }
        return improved;
    }

    /** Runs the candidate if it is simpler than the best so far; keeps what it consumed if it still fails. */
    private boolean consider(long[] candidate) {
        if (!simpler(candidate, best)) {
            return false;
        }
        candidates++;
        long[] consumed = interesting.apply(candidate);
        if (consumed != null && simpler(consumed, best)) {
            best = consumed;
            steps++;
            return true;
        }
        return false;
    }

    static boolean simpler(long[] a, long[] b) {
        if (a.length != b.length) {
            return a.length < b.length;
        }
        return Arrays.compare(a, b) < 0;
    }

    private static boolean allZero(long[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private boolean outOfTime() {
        if (!outOfTime && System.nanoTime() > deadlineNanos) {
            outOfTime = true;
        }
        return outOfTime;
    }
}
