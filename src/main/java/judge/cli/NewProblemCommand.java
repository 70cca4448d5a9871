package judge.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import judge.authoring.Scaffold;
import judge.problem.ProblemLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "new-problem", description = "Write a new problem package: every file of the format, filled with a"
        + " small placeholder problem and TODO marks where yours goes; verify fails until none is left."
        + " See docs/authoring.md.")
final class NewProblemCommand implements Callable<Integer> {
    @ParentCommand JudgeCommand top;

    @Parameters(index = "0", paramLabel = "SLUG", description = "The problem's slug, like number-of-islands.")
    String slug;

    @Option(names = "--id", required = true, paramLabel = "N", description = "The problem's number (LeetCode's),"
            + " 1 to 99999; the folder is NNNN-SLUG.")
    int id;

    @Option(names = "--title", paramLabel = "TITLE", description = "The English title (default: the slug's words"
            + " capitalised).")
    String title;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to write the package (default: the problems"
            + " folder, see --problems).")
    Path dir;

    @Override
    public Integer call() {
        Path parent = dir != null ? dir : top.repository().root();
        Path created = Scaffold.create(parent, id, slug, title != null ? title : Scaffold.titleOf(slug));
        top.out.println("Wrote " + ProblemLoader.shown(created) + "/: a placeholder problem with TODO marks where"
                + " yours goes.");
        top.out.println("Next: its README.md, then ./judge verify " + id + " until every check passes.");
        top.out.flush();
        return JudgeCommand.EXIT_ACCEPTED;
    }
}
