package judge.cli;

import java.util.concurrent.Callable;
import judge.practice.Statements;
import judge.practice.Terminal;
import judge.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", description = "Print a problem's statement, wrapped to the terminal, in English or Chinese.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand JudgeCommand top;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "76, 0076 or minimum-window-substring")
    String problem;

    @Option(names = "--lang", paramLabel = "LANG", description = "en or zh (default: from LC_ALL, LC_MESSAGES or"
            + " LANG: zh for zh_*, else en).")
    Statements.Lang lang;

    @Option(names = "--width", paramLabel = "COLUMNS", description = "Wrap at this many columns (default: $COLUMNS,"
            + " else the terminal's width, else 80).")
    Integer width;

    @Override
    public Integer call() {
        if (width != null && width < 20) {
            throw new JudgeCommand.UsageException("--width must be at least 20, not " + width);
        }
        Problem p = top.repository().find(problem);
        Statements.Lang language = lang != null ? lang : Statements.language(System.getenv());
        if (!Statements.exists(p, language) && language == Statements.Lang.zh) {
            top.err.println("judge: " + p.id() + " has no Chinese statement (statement.zh.md); showing English");
            language = Statements.Lang.en;
        }
        int columns = width != null ? width : Terminal.width(System.getenv(), top.terminal());
        top.out.print(Statements.render(p, language, columns, top.style()));
        top.out.flush();
        return JudgeCommand.EXIT_ACCEPTED;
    }
}
