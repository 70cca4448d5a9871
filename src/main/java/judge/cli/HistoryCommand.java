package judge.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import judge.judging.Verdict;
import judge.practice.History;
import judge.practice.Style;
import judge.practice.Submission;
import judge.practice.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "history", description = "List your runs, submits and fuzzes, newest first: all, or one problem's.",
        subcommands = HistoryCommand.ShowSubmission.class)
final class HistoryCommand implements Callable<Integer> {
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand JudgeCommand top;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROBLEM", description = "Only this problem: "
            + JudgeCommand.PROBLEM_HELP)
    String problem;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Show the newest N (default 20).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new JudgeCommand.UsageException("--limit must be at least 1, not " + limit);
        }
        Integer id = problem == null ? null : top.repository().find(problem).id();
        List<Submission> list;
        if (!java.nio.file.Files.exists(top.historyFile())) {
            list = List.of();
        } else {
            try (History h = History.open(top.historyFile())) {
                list = h.list(id, limit);
            }
        }
        if (list.isEmpty()) {
            top.out.println("Nothing recorded yet" + (id == null ? "" : " for " + id) + ". Every run, submit and fuzz"
                    + " is kept in " + top.historyFile() + ".");
            return JudgeCommand.EXIT_ACCEPTED;
        }
        Style style = top.style();
        int idWidth = Math.max(2, String.valueOf(list.get(0).id()).length());
        int problemWidth = 7;
        for (Submission s : list) {
            problemWidth = Math.max(problemWidth, problemName(s).length());
        }
        top.out.println(style.bold(" ".repeat(idWidth - 2) + "ID  " + Terminal.pad("Time", 16) + "  "
                + Terminal.pad("Problem", problemWidth) + "  Mode    " + Terminal.pad("Verdict", 21) + "  Runtime    "
                + "Memory     Source"));
        ZoneId zone = ZoneId.systemDefault();
        for (Submission s : list) {
            String id2 = String.valueOf(s.id());
            top.out.println(" ".repeat(Math.max(0, idWidth - id2.length())) + id2 + "  "
                    + MINUTE.format(s.time().atZone(zone)) + "  " + Terminal.pad(problemName(s), problemWidth) + "  "
                    + Terminal.pad(s.mode(), 6) + "  " + style.verdict(s.verdict(), Terminal.pad(verdictTitle(s), 21))
                    + "  " + Terminal.pad(s.runtimeMs() == null ? "-" : String.format("%.0f ms", s.runtimeMs()), 9)
                    + "  " + Terminal.pad(s.memoryMb() == null ? "-" : String.format("%.1f MB", s.memoryMb()), 9)
                    + "  " + s.sourceFile());
        }
        top.out.println();
        top.out.println("judge history show ID prints a submission's source and result.");
        top.out.flush();
        return JudgeCommand.EXIT_ACCEPTED;
    }

    static String problemName(Submission s) {
        return s.problemId() + ". " + s.problemSlug();
    }

    /** A verdict as LeetCode writes it; a fuzz's outcome in words. */
    static String verdictTitle(Submission s) {
        return switch (s.verdict()) {
            case "PASSED" -> "Fuzz passed";
            case "FALSIFIED" -> "Fuzz falsified";
            case "ERROR" -> "Fuzz error";
            default -> {
                try {
                    yield Verdict.valueOf(s.verdict()).title();
                } catch (IllegalArgumentException e) {
                    yield s.verdict();
                }
            }
        };
    }

    @Command(name = "show", description = "Print one submission's result and its source.")
    static final class ShowSubmission implements Callable<Integer> {
        @ParentCommand HistoryCommand history;

        @Parameters(index = "0", paramLabel = "ID", description = "The submission's number in judge history")
        long id;

        @Override
        public Integer call() {
            JudgeCommand top = history.top;
            Submission s = null;
            if (java.nio.file.Files.exists(top.historyFile())) {
                try (History h = History.open(top.historyFile())) {
                    s = h.find(id).orElse(null);
                }
            }
            if (s == null) {
                throw new JudgeCommand.UsageException("no submission " + id + " in the history ("
                        + top.historyFile() + "); judge history lists them");
            }
            Style style = top.style();
            StringBuilder out = new StringBuilder();
            out.append(style.bold("Submission " + s.id())).append("   ").append(s.mode()).append("   ")
                    .append(SECOND.format(s.time().atZone(ZoneId.systemDefault()))).append('\n');
            out.append("Problem:  ").append(problemName(s)).append('\n');
            out.append("Verdict:  ").append(style.verdict(s.verdict(), verdictTitle(s)));
            if (s.passed() != null && s.total() != null) {
                out.append("   ").append(s.passed()).append(" / ").append(s.total())
                        .append(s.mode().equals("run") ? " cases passed" : " testcases passed");
            } else if (s.passed() != null) {
                out.append("   ").append(s.passed()).append(" tries");
            }
            out.append('\n');
            if (s.message() != null) {
                out.append("Message:  ").append(s.message().replace("\n", "\n          ")).append('\n');
            }
            if (s.runtimeMs() != null || s.memoryMb() != null) {
                out.append("Runtime:  ").append(s.runtimeMs() == null ? "-" : String.format("%.0f ms", s.runtimeMs()))
                        .append("   Memory: ").append(s.memoryMb() == null ? "-" : String.format("%.1f MB",
                        s.memoryMb())).append('\n');
            }
            out.append("Source:   ").append(s.sourceFile()).append("   sha256 ").append(s.sourceHash(), 0,
                    Math.min(12, s.sourceHash().length())).append("   language ").append(s.language()).append('\n');
            out.append('\n').append(s.source());
            if (!s.source().endsWith("\n")) {
                out.append('\n');
            }
            top.out.print(out);
            top.out.flush();
            return JudgeCommand.EXIT_ACCEPTED;
        }
    }
}
