package judge.practice;

import java.io.PrintStream;

/**
 * A line on stderr saying what the judge is doing and for how long, for work that takes more than a second,
 * shown only to a person at a terminal; cleared when the work is done.
 */
public final class Busy implements AutoCloseable {
    public static final long DELAY_MS = 1000;
    private static final String FRAMES = "|/-\\";

    private final PrintStream err;
    private final String what;
    private final Thread thread;
    private volatile boolean done;
    private boolean shown;

    public Busy(PrintStream err, boolean show, String what, long delayMs) {
        this.err = err;
        this.what = what;
        if (!show) {
            thread = null;
            return;
        }
        long start = System.nanoTime();
        thread = new Thread(() -> {
            try {
                Thread.sleep(delayMs);
                for (int i = 0; !done; i++) {
                    synchronized (this) {
                        if (done) {
                            break;
                        }
                        err.printf("\r%c %s %.1f s ", FRAMES.charAt(i % FRAMES.length()), what,
                                (System.nanoTime() - start) / 1e9);
                        err.flush();
                        shown = true;
                    }
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                // done
            }
        }, "busy");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        synchronized (this) {
            done = true;
            if (shown) {
                err.print("\r" + " ".repeat(what.length() + 12) + "\r");
                err.flush();
            }
        }
        thread.interrupt();
    }
}
