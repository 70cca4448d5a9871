package judge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import judge.grading.Grade;
import judge.grading.GradeLog;
import judge.grading.GradeReport;
import judge.judging.JudgeVersion;
import judge.problem.ProblemLoader;
import judge.report.GradeJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "merge", description = {"Combine the reports of grading shards (grade --json FILE, or results"
        + " logs *.jsonl) into one report, in any of grade's formats.",
        "A submission graded in two reports must have the same source and verdict in both."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:merged", "1:--fail-on-reject and a submission was not Accepted",
                "2:a report cannot be read, or reports disagree", "3:a report holds an Internal Error"})
final class MergeCommand implements Callable<Integer>, JudgeCommand.Reporting {
    @ParentCommand JudgeCommand top;

    @Parameters(arity = "1..*", paramLabel = "REPORT", description = "JSON reports of grade (--json FILE or"
            + " --format json), or results logs (.jsonl).")
    List<Path> reports;

    @Mixin ReportFiles files;

    @Option(names = "--fail-on-reject", description = "Exit with 1 when any submission is not Accepted.")
    boolean failOnReject;

    @Mixin OutputOptions output;

    @Override
    public boolean json() {
        return output.json();
    }

    @Override
    public Integer call() {
        files.check();
        List<GradeReport> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> shards = new ArrayList<>();
        for (Path file : reports) {
            Path shown = ProblemLoader.shown(file);
            GradeReport part = file.getFileName().toString().endsWith(".jsonl") ? fromLog(file)
                    : GradeJson.parseReport(file, shown);
            parts.add(part);
            names.add(shown.toString());
            shards.add(part.shard());
        }
        GradeReport merged;
        try {
            merged = GradeReport.merge(parts, names);
        } catch (GradeReport.MergeConflict e) {
            throw new JudgeCommand.UsageException("cannot merge: " + e.getMessage());
        }
        String missing = GradeReport.missingShards(shards);
        if (missing != null) {
            top.err.println("judge: warning: " + missing + "; the merged report is not the whole class");
        }
        return GradeCommand.finish(top, output, files, merged, failOnReject);
    }

    /** A results log as a report: the last grade of each submission (a resumed run appends newer ones). */
    private GradeReport fromLog(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new judge.problem.PackageException(ProblemLoader.shown(file) + ": no such file");
        }
        List<Grade> grades = GradeLog.read(file, w -> {
            throw new judge.problem.PackageException(w.replace("; that submission will be graded again", ""));
        });
        Map<String, Grade> latest = new LinkedHashMap<>();
        grades.forEach(g -> latest.put(g.student() + "\0" + g.problemId(), g));
        String version = grades.isEmpty() ? JudgeVersion.current() : grades.get(grades.size() - 1).judgeVersion();
        return new GradeReport(version, null, List.copyOf(latest.values()), List.of());
    }
}
