package judge.complexity;

import java.time.Duration;

/**
 * What a measurement may spend and where it draws from.
 *
 * @param param   the parameter to grow alone, or {@code null} to choose from the constraints
 * @param perSize the most one size may take, per program (a slow program stops before a size that would take
 *                longer)
 * @param total   the most the whole measurement may take; what is not measured by then is reported as stopped
 * @param repeats calls per size (odd: the median is one of them); fewer when a size is slow
 * @param seed    the inputs' seed: the same seed draws the same inputs
 * @param alone   also grow each of several growing parameters alone (to tell which dominates)
 */
public record Settings(String param, Duration perSize, Duration total, int repeats, long seed, boolean alone) {
    /** {@code judge complexity}'s defaults. */
    public static Settings defaults(String param) {
        return new Settings(param, Duration.ofSeconds(3), Duration.ofMinutes(3), 5, 76, true);
    }

    /** The quick estimate {@code submit} adds to a Time Limit Exceeded: a few seconds, the joint growth only. */
    public static Settings quick() {
        return new Settings(null, Duration.ofMillis(800), Duration.ofSeconds(5), 3, 76, false);
    }
}
