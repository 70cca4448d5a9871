package judge;

import java.lang.management.ManagementFactory;

/**
 * Where a judging spends its time, for whoever measures it: with {@code JUDGE_TRACE=1} in the environment, each
 * {@link #mark} prints one line on stderr, {@code judge-trace: 1234 ms name}, the time since the JVM started. Off,
 * a mark costs one field read. For benchmarks and profiling only: no output a user relies on.
 */
public final class Trace {
    private static final boolean ON = "1".equals(System.getenv("JUDGE_TRACE"));

    private Trace() {}

    /** Notes that {@code what} has just happened. */
    public static void mark(String what) {
        if (ON) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("judge-trace: " + ms + " ms " + what + " [" + Thread.currentThread().getName() + "]");
        }
    }
}
