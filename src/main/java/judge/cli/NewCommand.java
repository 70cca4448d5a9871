package judge.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import judge.practice.Stub;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "new", description = "Write Solution.java for a problem: its exact signature, and the statement's"
        + " examples in a comment. Never overwrites a file.")
final class NewCommand implements Callable<Integer> {
    @ParentCommand JudgeCommand top;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "76, 0076 or minimum-window-substring")
    String problem;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".", description = "Where to write it (default:"
            + " the current folder; made if missing).")
    Path dir;

    @Override
    public Integer call() {
        Problem p = top.repository().find(problem);
        Path file;
        try {
            file = Stub.write(p, dir);
        } catch (FileAlreadyExistsException e) {
            throw new JudgeCommand.UsageException(ProblemLoader.shown(Path.of(e.getFile())) + " already exists;"
                    + " judge new never overwrites a file (use --dir to write elsewhere)");
        } catch (IOException e) {
            throw new JudgeCommand.UsageException("cannot write " + ProblemLoader.shown(dir.resolve("Solution.java"))
                    + ": " + e.getMessage());
        }
        Path shown = ProblemLoader.shown(file);
        top.out.println("Wrote " + shown + " for " + p.id() + ". " + p.title() + " (" + p.difficulty() + ")");
        top.out.println("Next: ./judge show " + p.id() + ", then ./judge watch " + p.id() + " " + shown);
        top.out.flush();
        return JudgeCommand.EXIT_ACCEPTED;
    }
}
