package judge.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import judge.practice.History;
import judge.practice.Progress;
import judge.practice.Style;
import judge.practice.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "stats", description = "Your progress: problems solved by difficulty and by tag, and your streak.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand JudgeCommand top;

    @Override
    public Integer call() {
        ZoneId zone = ZoneId.systemDefault();
        Progress p = Progress.of(ListCommand.loadAll(top), History.readAll(top.historyFile()), LocalDate.now(zone),
                zone);
        Style style = top.style();
        StringBuilder out = new StringBuilder();
        out.append(style.bold("Solved " + p.solved() + " of " + p.problems() + " problems")).append("   (")
                .append(p.attempted()).append(" attempted, ").append(p.judgings()).append(p.judgings() == 1
                        ? " judging" : " judgings").append(" recorded)\n");
        out.append("Current streak: ").append(p.streakDays()).append(p.streakDays() == 1 ? " day" : " days")
                .append('\n');
        table(out, "Difficulty", p.byDifficulty(), style, true);
        table(out, "Tag", p.byTag(), style, false);
        top.out.print(out);
        top.out.flush();
        return JudgeCommand.EXIT_ACCEPTED;
    }

    private static void table(StringBuilder out, String heading, List<Progress.Count> counts, Style style,
            boolean difficulty) {
        int width = heading.length();
        for (Progress.Count c : counts) {
            width = Math.max(width, Terminal.width(c.name()));
        }
        out.append('\n').append(style.bold(Terminal.pad(heading, width) + "  Solved")).append('\n');
        for (Progress.Count c : counts) {
            String name = Terminal.pad(c.name(), width);
            int filled = c.total() == 0 ? 0 : Math.round(20f * c.solved() / c.total());
            out.append(difficulty ? style.difficulty(c.name(), name) : name).append("  ")
                    .append(String.format("%3d / %-3d ", c.solved(), c.total()))
                    .append(style.green("#".repeat(filled))).append(style.dim(".".repeat(20 - filled))).append('\n');
        }
    }
}
