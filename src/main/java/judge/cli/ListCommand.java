package judge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import judge.practice.History;
import judge.practice.HistoryException;
import judge.practice.Progress;
import judge.practice.Style;
import judge.practice.Terminal;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "list", description = "List the problems with their difficulty, tags and your status (solved,"
        + " attempted, untouched).")
final class ListCommand implements Callable<Integer> {
    @ParentCommand JudgeCommand top;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only problems with this tag (e.g. sliding-window).")
    String tag;

    @Option(names = "--track", paramLabel = "TRACK", description = "Only the problems of a study track (e.g."
            + " ml-systems): those tagged with the track's name; docs/tracks/ describes each track.")
    String track;

    @Option(names = "--plan", paramLabel = "NAME", description = "Only the problems of a study plan (e.g."
            + " sliding-window), in the plan's order; judge plan lists the plans.")
    String plan;

    @Option(names = "--difficulty", paramLabel = "LEVEL", description = "Only problems of this difficulty: easy,"
            + " medium or hard.")
    String difficulty;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only problems you have solved, attempted"
            + " or left untouched.")
    String status;

    @Override
    public Integer call() {
        String level = difficulty == null ? null : oneOf("--difficulty", difficulty, List.of("easy", "medium", "hard"));
        String wanted = status == null ? null : oneOf("--status", status, List.of("solved", "attempted", "untouched"));
        List<Problem> problems = loadAll(top);
        List<Integer> inPlan = plan == null ? null : planIds(problems);
        if (tag != null && problems.stream().noneMatch(p -> p.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag)))) {
            java.util.SortedSet<String> known = new java.util.TreeSet<>();
            problems.forEach(p -> known.addAll(p.tags()));
            throw new JudgeCommand.UsageException("no problem has the tag \"" + tag + "\"; the tags are: "
                    + String.join(", ", known));
        }
        Map<Integer, Progress.Status> statuses = statuses(top);
        Style style = top.style();
        List<String[]> rows = new ArrayList<>();
        int[] counts = new int[3];
        for (Problem p : problems) {
            Progress.Status st = statuses == null ? null : Progress.status(statuses, p.id());
            if ((level != null && !p.difficulty().equalsIgnoreCase(level))
                    || (tag != null && p.tags().stream().noneMatch(t -> t.equalsIgnoreCase(tag)))
                    || (track != null && p.tags().stream().noneMatch(t -> t.equalsIgnoreCase(track)))
                    || (inPlan != null && !inPlan.contains(p.id()))
                    || (wanted != null && (st == null || !st.name().equalsIgnoreCase(wanted)))) {
                continue;
            }
            if (st != null) {
                counts[st.ordinal()]++;
            }
            rows.add(new String[] {st == null ? "?" : st.name().toLowerCase(Locale.ROOT), String.valueOf(p.id()),
                    p.title(), p.difficulty(), String.join(", ", p.tags())});
        }
        if (inPlan != null) {
            rows.sort(java.util.Comparator.comparingInt(r -> inPlan.indexOf(Integer.parseInt(r[1]))));
        }
        if (rows.isEmpty()) {
            top.out.println(problems.isEmpty() ? "No problems in " + top.repository().root()
                    : "No problem matches the filters.");
            return JudgeCommand.EXIT_ACCEPTED;
        }
        int idWidth = 2;
        int titleWidth = 5;
        for (String[] r : rows) {
            idWidth = Math.max(idWidth, r[1].length());
            titleWidth = Math.max(titleWidth, Terminal.width(r[2]));
        }
        top.out.println(style.bold(Terminal.pad("Status", 10) + " " + pad("#", idWidth, true) + "  "
                + Terminal.pad("Title", titleWidth) + "  " + Terminal.pad("Difficulty", 10) + "  Tags"));
        for (String[] r : rows) {
            String st = Terminal.pad(r[0], 10);
            top.out.println(style.verdict(r[0].toUpperCase(Locale.ROOT), st) + " " + pad(r[1], idWidth, true) + "  "
                    + Terminal.pad(r[2], titleWidth) + "  " + style.difficulty(r[3], Terminal.pad(r[3], 10)) + "  "
                    + style.dim(r[4]));
        }
        top.out.println();
        top.out.println(rows.size() + (rows.size() == 1 ? " problem" : " problems")
                + (statuses == null ? "" : ": " + counts[0] + " solved, " + counts[1] + " attempted, " + counts[2]
                        + " untouched"));
        top.out.flush();
        return JudgeCommand.EXIT_ACCEPTED;
    }

    private static String pad(String s, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - s.length()));
        return right ? spaces + s : s + spaces;
    }

    /**
     * The numbers of {@link #plan}'s problems, in its order; those not bundled are left out, with a note on
     * stderr.
     */
    private List<Integer> planIds(List<Problem> problems) {
        Map<Integer, String> slugs = new java.util.LinkedHashMap<>();
        problems.forEach(p -> slugs.put(p.id(), p.slug()));
        judge.plan.Plan found = judge.plan.Plans.find(PlanCommand.folder(top), plan, slugs);
        List<Integer> ids = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (judge.plan.Plan.Entry e : found.entries()) {
            if (slugs.containsKey(e.id())) {
                ids.add(e.id());
            } else {
                missing.add(e.id() + " " + e.slug());
            }
        }
        if (!missing.isEmpty()) {
            top.err.println("judge: not bundled in this judge, so not listed: " + String.join(", ", missing)
                    + " (plan " + found.name() + ")");
        }
        return ids;
    }

    static String oneOf(String option, String value, List<String> allowed) {
        String v = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw new JudgeCommand.UsageException(option + " must be " + String.join(", ", allowed.subList(0,
                    allowed.size() - 1)) + " or " + allowed.get(allowed.size() - 1) + ", not \"" + value + "\"");
        }
        return v;
    }

    static List<Problem> loadAll(JudgeCommand top) {
        List<Problem> problems = new ArrayList<>();
        for (Path dir : top.repository().packages()) {
            problems.add(ProblemLoader.load(dir));
        }
        return problems;
    }

    /** Each problem's status; {@code null} (after a warning) when the history cannot be read. */
    static Map<Integer, Progress.Status> statuses(JudgeCommand top) {
        try {
            return Progress.statuses(History.readAll(top.historyFile()));
        } catch (HistoryException e) {
            top.err.println("judge: statuses unknown: " + e.getMessage());
            return null;
        }
    }
}
