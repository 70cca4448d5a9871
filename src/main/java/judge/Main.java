package judge;

import judge.cli.JudgeCommand;

/** Entry point of the {@code judge} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(JudgeCommand.execute(args, System.out, System.err));
    }
}
