package judge;

import java.io.FileDescriptor;
import java.io.PrintStream;
import judge.cli.JudgeCommand;
import judge.cli.StopGate;

/** Entry point of the {@code judge} command. */
public final class Main {
    /** The exit code of a judge stopped by Ctrl-C or SIGTERM, as a shell reports a command stopped by SIGINT. */
    public static final int EXIT_INTERRUPTED = 130;

    private Main() {}

    /** The gates of stdout and stderr, shut when the judge is stopped (see {@link StopGate}). */
    private static final StopGate OUT = StopGate.on(FileDescriptor.out, "stdout");
    private static final StopGate ERR = StopGate.on(FileDescriptor.err, "stderr");
    /** The standard error without a gate, for the stop message. */
    private static final PrintStream RAW_ERR = System.err;

    public static void main(String[] args) {
        Trace.mark("main");
        System.setOut(OUT.printer());
        System.setErr(ERR.printer());
        onInterrupt("INT");
        onInterrupt("TERM");
        JudgeCommand.prestart(args);
        judge.sandbox.Leftovers.sweepInBackground();
        System.exit(JudgeCommand.execute(args, System.out, System.err));
    }

    /**
     * Ctrl-C or {@code kill} ends the judge with exit code 130 whatever the command: the progress line is ended,
     * and the shutdown hooks kill the children and delete the temporary folders (see
     * {@link judge.sandbox.Leftovers}).
     */
    @SuppressWarnings("sunapi")
    private static void onInterrupt(String signal) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> {
                // Nothing the command prints from now on (a report of the judging the stop cut short) reaches
                // either stream. (No flush first: the command's thread may hold the stream, blocked on a full pipe.)
                OUT.shut();
                ERR.shut();
                RAW_ERR.println();
                RAW_ERR.println("judge: stopped (SIG" + signal + "); its children are stopped and its temporary"
                        + " folders removed");
                RAW_ERR.flush();
                System.exit(EXIT_INTERRUPTED);
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // a signal this platform does not have: the JVM's default (exit 128 + signal) stays
        }
    }
}
