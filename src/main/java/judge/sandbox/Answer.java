package judge.sandbox;

import java.util.List;

/** What the child did with one call, as the judge observed it. Every case carries what the solution printed. */
public sealed interface Answer {
    String stdout();

    /**
     * The call returned {@code output} (LeetCode format) after {@code nanos}; {@code apiCalls} is how many times it
     * called the judge's API (-1 for a problem without one).
     */
    record Returned(String output, long nanos, String stdout, long apiCalls) implements Answer {
        /** A call of a problem without a judge-provided API. */
        public Returned(String output, long nanos, String stdout) {
            this(output, nanos, stdout, -1);
        }
    }

    /** The call threw; {@code frames} are the solution's own stack frames ({@code Solution.minWindow:12}). */
    record Threw(String exception, String message, List<StackFrame> frames, long nanos, String stdout)
            implements Answer {}

    /** The call ran past its deadline and the child was killed. */
    record TimedOut(long waitedNanos, String stdout) implements Answer {}

    /** The child ran out of memory (the JVM's heap limit). */
    record OutOfMemory(String stdout) implements Answer {}

    /** The solution printed more than the output limit, through {@code System.out} or straight to a descriptor. */
    record OutputLimit(String stdout) implements Answer {}

    /** The child exited without answering: the solution called {@code System.exit} or crashed the JVM. */
    record Exited(int status, String stdout) implements Answer {}

    /** The runner or the channel failed for a reason that is not plainly the solution's doing. */
    record Broken(String message, String stdout) implements Answer {}

    record StackFrame(String className, String method, int line) {}
}
