package judge.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "completion", description = "Print a completion script for bash and zsh: source <(./judge completion)"
        + " now, or add that line to ~/.bashrc or ~/.zshrc.")
final class CompletionCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        JudgeCommand top = (JudgeCommand) spec.root().userObject();
        top.out.print(AutoComplete.bash("judge", spec.root().commandLine()));
        top.out.flush();
        return JudgeCommand.EXIT_ACCEPTED;
    }
}
