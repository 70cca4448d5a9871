package judge.judging;

/**
 * What a judging has reached, told while it runs, for whoever shows it as it goes (the page of
 * {@code judge serve}). Called on the judging's own thread between two steps: a listener returns at once and
 * never throws; it cannot change the judging.
 */
public interface JudgingProgress {
    /** Hears nothing: what {@link Judge#run} and {@link Judge#submit} without a listener use. */
    JudgingProgress NONE = new JudgingProgress() {};

    /** The source compiled; the tests come next (not called when it does not compile). */
    default void compiled() {}

    /** {@code done} of the {@code total} tests have run (submit's property phase is not among them). */
    default void tested(int done, int total) {}

    /** Every test of a submit passed: its property phase starts. */
    default void propertyPhase() {}
}
