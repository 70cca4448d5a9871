package judge.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import judge.practice.History;
import judge.practice.HistoryException;
import judge.practice.Progress;
import judge.practice.StatementRenderer;
import judge.practice.Statements;
import judge.practice.Terminal;
import judge.problem.Learning;
import judge.problem.PackageException;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", description = "Print a problem's statement, wrapped to the terminal, in English or Chinese;"
        + " or one of its hints, or its editorial.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand JudgeCommand top;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = JudgeCommand.PROBLEM_HELP)
    String problem;

    @Option(names = "--lang", paramLabel = "LANG", description = "en or zh (default: from LC_ALL, LC_MESSAGES or"
            + " LANG: zh for zh_*, else en).")
    Statements.Lang lang;

    @Option(names = "--width", paramLabel = "COLUMNS", description = "Wrap at this many columns (default: $COLUMNS,"
            + " else the terminal's width, else 80).")
    Integer width;

    @Option(names = "--hint", paramLabel = "N", description = "Show hint N (1 to the problem's count, at most 3)"
            + " instead of the statement: each hint gives away a little more.")
    Integer hint;

    @Option(names = "--editorial", description = "Show the editorial instead of the statement: the approach, why it"
            + " works, its complexity and the common mistakes. Warns (on stderr) when you have not solved the"
            + " problem yet.")
    boolean editorial;

    @Override
    public Integer call() {
        if (width != null && width < 20) {
            throw new JudgeCommand.UsageException("--width must be at least 20, not " + width);
        }
        if (hint != null && editorial) {
            throw new JudgeCommand.UsageException("--hint and --editorial cannot be used together: choose one");
        }
        Problem p = top.repository().find(problem);
        Statements.Lang language = lang != null ? lang : Statements.language(System.getenv());
        int columns = width != null ? width : Terminal.width(System.getenv(), top.terminal());
        if (hint != null) {
            return showHint(p, language, columns);
        }
        if (editorial) {
            return showEditorial(p, language, columns);
        }
        if (!Statements.exists(p, language) && language == Statements.Lang.zh) {
            top.err.println("judge: " + p.id() + " has no Chinese statement (statement.zh.md); showing English");
            language = Statements.Lang.en;
        }
        top.out.print(Statements.render(p, language, columns, top.style()));
        top.out.flush();
        return JudgeCommand.EXIT_ACCEPTED;
    }

    private int showHint(Problem p, Statements.Lang language, int columns) {
        Learning.Hints hints = Learning.hints(p.dir()).orElseThrow(() -> new PackageException(p.id() + " has no hints ("
                + ProblemLoader.shown(p.dir().resolve(Learning.HINTS_FILE)) + " does not exist)"));
        if (hint < 1 || hint > hints.count()) {
            throw new JudgeCommand.UsageException("--hint must be " + (hints.count() == 1 ? "1" : "1 to "
                    + hints.count()) + " for " + p.id() + " (it has " + hints.count() + (hints.count() == 1 ? " hint"
                    : " hints") + "), not " + hint);
        }
        List<String> texts = hints.in(language.name());
        String heading = language == Statements.Lang.zh
                ? "## " + p.id() + ". " + p.titleZh() + "：提示 " + hint + " / " + hints.count()
                : "## " + p.id() + ". " + p.title() + ": hint " + hint + " of " + hints.count();
        String more = hint < hints.count() ? (language == Statements.Lang.zh ? "\n\n*下一条：--hint " + (hint + 1) + "*"
                : "\n\n*Next: --hint " + (hint + 1) + "*") : "";
        top.out.print(new StatementRenderer(columns, top.style()).render(heading + "\n\n" + texts.get(hint - 1)
                + more));
        top.out.flush();
        return JudgeCommand.EXIT_ACCEPTED;
    }

    private int showEditorial(Problem p, Statements.Lang language, int columns) {
        String markdown = Learning.editorial(p.dir(), language.name()).orElse(null);
        if (markdown == null && language == Statements.Lang.zh) {
            markdown = Learning.editorial(p.dir(), "en").orElse(null);
            if (markdown != null) {
                top.err.println("judge: " + p.id() + " has no Chinese editorial (editorial.zh.md); showing English");
            }
        }
        if (markdown == null) {
            throw new PackageException(p.id() + " has no editorial ("
                    + ProblemLoader.shown(Learning.editorialFile(p.dir(), "en")) + " does not exist)");
        }
        warnUnlessSolved(p);
        top.out.print(new StatementRenderer(columns, top.style()).render(markdown));
        top.out.flush();
        return JudgeCommand.EXIT_ACCEPTED;
    }

    /** The editorial gives the approach away: say so, on stderr, before it, unless the history has it solved. */
    private void warnUnlessSolved(Problem p) {
        Map<Integer, Progress.Status> statuses;
        try {
            statuses = Progress.statuses(History.readAll(top.historyFile()));
        } catch (HistoryException e) {
            top.err.println("judge: cannot tell whether you solved " + p.id() + " (" + e.getMessage()
                    + "); the editorial follows");
            return;
        }
        if (Progress.status(statuses, p.id()) != Progress.Status.SOLVED) {
            top.err.println("judge: warning: you have not solved " + p.id() + " yet (no accepted submit in your"
                    + " history); the editorial gives the approach away. For a nudge instead: judge show " + p.id()
                    + " --hint 1");
        }
    }
}
