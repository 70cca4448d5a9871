package judge.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The judge's standard output and error, shut once it is stopped (Ctrl-C, SIGTERM). While the shutdown hooks stop
 * the children and delete the folders, the command's own thread runs on and sees its judging fail; without the
 * gate it would print a report of that failure (an Internal Error, a Compile Error of a half-deleted class folder)
 * after "stopped", and on stdout, where a script reads the report. Writes after {@link #shut()} are dropped,
 * except a command's own last words ({@link #lastWords}: serve's "Stopped serving.").
 */
public final class StopGate extends OutputStream {
    private static final List<StopGate> GATES = new CopyOnWriteArrayList<>();

    private final OutputStream out;
    private final Charset charset;
    private final PrintStream printer;
    private volatile boolean open = true;

    StopGate(OutputStream out, Charset charset) {
        this.out = out;
        this.charset = charset;
        this.printer = new PrintStream(this, true, charset);
        GATES.add(this);
    }

    /**
     * A gate on {@code fd} ({@code stream}: stdout or stderr), whose printer writes in the charset the JVM gives
     * that stream itself (Java 17 names it in {@code sun.stdout.encoding}, later ones in {@code stdout.encoding};
     * both default to the platform's) and flushes on every line, as {@code System.out} does.
     */
    public static StopGate on(FileDescriptor fd, String stream) {
        String name = System.getProperty(stream + ".encoding", System.getProperty("sun." + stream + ".encoding"));
        Charset charset;
        try {
            charset = name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            charset = Charset.defaultCharset();
        }
        return new StopGate(new BufferedOutputStream(new FileOutputStream(fd), 8192), charset);
    }

    /** A print stream through this gate. */
    public PrintStream printer() {
        return printer;
    }

    /** Drops every later write and flush. */
    public void shut() {
        open = false;
    }

    /**
     * Prints {@code line} and a line break on {@code stream} even after a stop: the last words of a command whose
     * stop is its normal end ({@code serve}, {@code watch}), from a shutdown hook.
     */
    static void lastWords(PrintStream stream, String line) {
        for (StopGate gate : GATES) {
            if (gate.printer == stream) {
                synchronized (gate) {
                    try {
                        gate.out.write((line + System.lineSeparator()).getBytes(gate.charset));
                        gate.out.flush();
                    } catch (IOException e) {
                        // the reader is gone: nobody to tell
                    }
                }
                return;
            }
        }
        stream.println(line);
        stream.flush();
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (open) {
            out.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (open) {
            out.write(b, off, len);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (open) {
            out.flush();
        }
    }
}
