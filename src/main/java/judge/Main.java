package judge;

import judge.cli.JudgeCommand;

/** Entry point of the {@code judge} command. */
public final class Main {
    /** The exit code of a judge stopped by Ctrl-C or SIGTERM, as a shell reports a command stopped by SIGINT. */
    public static final int EXIT_INTERRUPTED = 130;

    private Main() {}

    public static void main(String[] args) {
        Trace.mark("main");
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
                System.err.println();
                System.err.println("judge: stopped (SIG" + signal + "); its children are stopped and its temporary"
                        + " folders removed");
                System.err.flush();
                System.exit(EXIT_INTERRUPTED);
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // a signal this platform does not have: the JVM's default (exit 128 + signal) stays
        }
    }
}
