package judge.property;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The record of choices that one generated input is made of (the design of Hypothesis and minithesis).
 *
 * <p>A generator never draws from a random source directly: it asks for a choice, a whole number from 0 to
 * some bound, and builds its value from the answers. The numbers come from a prefix when one is given
 * (replaying or shrinking; clamped to the bound), from a random source beyond it when there is one, and are
 * 0 otherwise. Every
 * value is thus a function of its choice sequence, and 0 is always the simplest answer: the shortest
 * string, the first letter, the number nearest zero. Shrinking works on the sequence alone (see
 * {@link Shrinker}) and regenerates: whatever it produces went through the generators, so it satisfies the
 * problem's constraints by construction.
 */
public final class Choices {

    /** How random choices are drawn in a bound; only the random draws are skewed, never the encoding. */
    interface Distribution {
        long sample(SplittableRandom random, long bound);
    }

    static final Distribution UNIFORM = (random, bound) -> bound == Long.MAX_VALUE
            ? random.nextLong() & Long.MAX_VALUE : random.nextLong(bound + 1);

    private final long[] prefix;
    private final SplittableRandom random;
    private long[] recorded = new long[64];
    private int size;

    private Choices(long[] prefix, SplittableRandom random) {
        this.prefix = prefix;
        this.random = random;
    }

    /** Fresh choices from a random source (the random part of a try). */
    static Choices random(SplittableRandom random) {
        return new Choices(new long[0], random);
    }

    /** Replays {@code prefix}; choices past its end are 0. */
    static Choices replay(long[] prefix) {
        return new Choices(prefix, null);
    }

    /** A choice from 0 to {@code bound} (inclusive), drawn uniformly when random. */
    long choose(long bound) {
        return choose(bound, UNIFORM);
    }

    long choose(long bound, Distribution distribution) {
        if (bound <= 0) {
            return 0; // a forced choice is not recorded: there is nothing to shrink
        }
        long value;
        if (size < prefix.length) {
            // A replayed choice larger than its bound is clamped rather than rejected: when shrinking deletes
            // part of s, an index into s that pointed past the new end still gives a valid input.
            value = Math.max(0, Math.min(prefix[size], bound));
        } else if (random != null) {
            value = distribution.sample(random, bound);
        } else {
            value = 0;
        }
        record(value);
        return value;
    }

    /** {@code true} with probability {@code p} when random; shrinks to {@code false}. */
    boolean weighted(double p) {
        return choose(1, (r, b) -> r.nextDouble() < p ? 1 : 0) == 1;
    }

    /** The random source, for decisions that are not recorded (sizes of the random draw, never values). */
    SplittableRandom random() {
        return random;
    }

    private void record(long value) {
        if (size == recorded.length) {
            recorded = Arrays.copyOf(recorded, size * 2);
        }
        recorded[size++] = value;
    }

    /** The sequence this input was made of. */
    long[] sequence() {
        return Arrays.copyOf(recorded, size);
    }
}
