package judge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import judge.plan.Plan;
import judge.plan.PlanProgress;
import judge.plan.PlanReport;
import judge.plan.Plans;
import judge.practice.Progress;
import judge.practice.Statements;
import judge.practice.Terminal;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "plan", description = "Study plans: without NAME, every plan with your progress; with NAME, its"
        + " sections, each problem's status and the next problem to do. Plans live in plans/ beside the problems"
        + " folder.")
final class PlanCommand implements Callable<Integer>, JudgeCommand.Reporting {
    @ParentCommand JudgeCommand top;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "A plan's name: sliding-window,"
            + " top-interview, ml-systems...")
    String name;

    @Option(names = "--lang", paramLabel = "LANG", description = "Titles in en or zh (default: from LC_ALL,"
            + " LC_MESSAGES or LANG: zh for zh_*, else en).")
    Statements.Lang lang;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or"
            + " json: one JSON object on stdout and nothing else (see docs/practice.md).")
    OutputOptions.Format format;

    @Override
    public boolean json() {
        return format == OutputOptions.Format.json;
    }

    @Override
    public Integer call() {
        Map<Integer, Problem> bundled = bundled(top);
        Map<Integer, String> slugs = slugs(bundled);
        Path folder = folder(top);
        Map<Integer, Progress.Status> statuses = ListCommand.statuses(top);
        String language = (lang != null ? lang : Statements.language(System.getenv())).name();
        if (name == null) {
            List<PlanProgress> all = new ArrayList<>();
            for (Plan plan : Plans.loadAll(folder, slugs)) {
                all.add(PlanProgress.of(plan, bundled, statuses));
            }
            if (json()) {
                top.out.println(PlanReport.listJson(all, language));
            } else if (all.isEmpty()) {
                top.out.println("No plans in " + ProblemLoader.shown(folder));
            } else {
                top.out.print(PlanReport.list(all, language, top.style()));
            }
        } else {
            PlanProgress progress = PlanProgress.of(Plans.find(folder, name, slugs), bundled, statuses);
            if (json()) {
                top.out.println(PlanReport.showJson(progress, language));
            } else {
                top.out.print(PlanReport.show(progress, language, Terminal.width(System.getenv(), top.terminal()),
                        top.style()));
            }
        }
        top.out.flush();
        return JudgeCommand.EXIT_ACCEPTED;
    }

    static Path folder(JudgeCommand top) {
        return Plans.folderFor(top.repository().root());
    }

    static Map<Integer, Problem> bundled(JudgeCommand top) {
        Map<Integer, Problem> bundled = new LinkedHashMap<>();
        for (Problem p : ListCommand.loadAll(top)) {
            bundled.put(p.id(), p);
        }
        return bundled;
    }

    static Map<Integer, String> slugs(Map<Integer, Problem> bundled) {
        Map<Integer, String> slugs = new LinkedHashMap<>();
        bundled.forEach((id, p) -> slugs.put(id, p.slug()));
        return slugs;
    }
}
