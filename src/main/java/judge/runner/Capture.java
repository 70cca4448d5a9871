package judge.runner;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where the solution's {@code System.out} and {@code System.err} go: kept up to {@code keep} bytes per test
 * for the report, counted in full, and once the count passes {@code limit} for the whole run the runner ends
 * it as Output Limit Exceeded, so a flood never grows anyone's memory.
 */
final class Capture extends OutputStream {
    private final int keep;
    private final long limit;
    private final Runnable onLimit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long total;
    private boolean truncated;

    Capture(int keep, long limit, Runnable onLimit) {
        this.keep = keep;
        this.limit = limit;
        this.onLimit = onLimit;
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        total += len;
        int room = keep - kept.size();
        if (room > 0) {
            kept.write(b, off, Math.min(room, len));
        }
        if (len > room) {
            truncated = true;
        }
        if (total > limit) {
            onLimit.run();
        }
    }

    /** What the current test printed (cut at the cap, marked so), and starts afresh for the next test. */
    synchronized String take() {
        String text = kept.toString(StandardCharsets.UTF_8);
        if (truncated) {
            text += "\n... (output cut at " + keep + " bytes)";
        }
        kept.reset();
        truncated = false;
        return text;
    }
}
