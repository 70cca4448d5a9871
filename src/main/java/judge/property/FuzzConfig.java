package judge.property;

import java.time.Duration;

/**
 * What a property run may spend and where it draws from.
 *
 * @param seed         the run's seed: the same seed gives the same tries, failure and counterexample
 * @param maxTries     stop after this many tries
 * @param timeBudget   or when this much time has passed (shrinking has its own budget)
 * @param maxSize      the largest length of a drawn string, array or list; above the default it also adds
 *                     edge cases at that size
 * @param shrinkBudget how long shrinking may take before it reports the simplest counterexample so far
 */
public record FuzzConfig(long seed, long maxTries, Duration timeBudget, int maxSize, Duration shrinkBudget) {
    public static final int DEFAULT_MAX_SIZE = 24;
}
