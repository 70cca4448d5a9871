package judge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import judge.grading.Discovery;
import judge.grading.Grade;
import judge.grading.GradeLog;
import judge.grading.GradeReport;
import judge.grading.Grader;
import judge.grading.Shard;
import judge.grading.Submission;
import judge.compile.CompileCache;
import judge.compile.Compiler;
import judge.judging.Judge;
import judge.judging.JudgeOptions;
import judge.judging.JudgeVersion;
import judge.problem.ProblemLoader;
import judge.report.GitHubActions;
import judge.report.GradeTable;
import judge.report.HostileText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "grade", description = {"Grade many people's solutions as submit judges each one: in parallel,"
        + " sandboxed, resumable, with reports for CI (JSON, CSV, JUnit XML, GitHub annotations).",
        "Submissions are DIR/<student>/<problem>.java or DIR/<student>/<problem>/Solution.java, or the rows of a"
        + " --manifest."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:grading completed, whatever the verdicts", "1:--fail-on-reject and a submission was not"
                + " Accepted", "2:usage error, unreadable submissions folder or manifest, no sandbox",
                "3:the judge could not grade a submission (Internal Error)"})
final class GradeCommand implements Callable<Integer>, JudgeCommand.Reporting {
    @ParentCommand JudgeCommand top;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Folder of submissions by student.")
    Path dir;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "JSON or CSV listing student, problem and path of each submission (instead of DIR).")
    Path manifest;

    @Option(names = "--manifest-outside", description = "Let the --manifest name files outside its own folder"
            + " (absolute paths, ..) and through symbolic links; by default such rows are skipped.")
    boolean manifestOutside;

    @Option(names = "--jobs", paramLabel = "N", description = "Submissions judged at once (default: ${DEFAULT-VALUE},"
            + " the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--shard", paramLabel = "i/n", description = "Grade only part i of n (from 1): a deterministic,"
            + " balanced split for a CI matrix; combine the parts with judge merge.")
    String shard;

    @Option(names = "--log", paramLabel = "FILE", description = "Results log, one JSON line per graded submission,"
            + " written as each finishes (default: grade-results.jsonl, or grade-results-<i>-of-<n>.jsonl with"
            + " --shard).")
    Path log;

    @Option(names = "--resume", description = "Keep the grades in the results log whose source, problem package and"
            + " judge version are unchanged, and grade only the rest.")
    boolean resume;

    @Mixin ReportFiles files;

    @Option(names = "--fail-on-reject", description = "Exit with 1 when any submission is not Accepted.")
    boolean failOnReject;

    @Option(names = "--allow-unsandboxed", description = "Grade even without the OS sandbox (bubblewrap): only for"
            + " code you trust, since every submission could then read and change your files.")
    boolean allowUnsandboxed;

    @Mixin OutputOptions output;

    @Override
    public boolean json() {
        return output.json();
    }

    @Override
    public Integer call() {
        if ((dir == null) == (manifest == null)) {
            throw new JudgeCommand.UsageException(dir == null
                    ? "give a folder of submissions (DIR) or --manifest FILE"
                    : "give either a folder of submissions or --manifest, not both");
        }
        if (manifestOutside && manifest == null) {
            throw new JudgeCommand.UsageException("--manifest-outside: only with --manifest FILE");
        }
        if (jobs < 1) {
            throw new JudgeCommand.UsageException("--jobs: expected a number of at least 1; found " + jobs);
        }
        Shard part = Shard.ALL;
        if (shard != null) {
            try {
                part = Shard.parse(shard);
            } catch (IllegalArgumentException e) {
                throw new JudgeCommand.UsageException("--shard: " + e.getMessage());
            }
        }
        files.check();
        if (log != null) {
            ReportFiles.check("--log", log);
        }
        Compiler compiler = new Compiler();
        Judge judge = new Judge(compiler, new CompileCache(CompileCache.defaultRoot(), compiler),
                JudgeOptions.defaults().withSandbox(top.sandbox())).keepingWarm();
        try {
            return grade(judge, part);
        } finally {
            judge.releaseWarmChildren();
        }
    }

    private int grade(Judge judge, Shard part) {
        if (!judge.sandbox().isolated() && !allowUnsandboxed) {
            throw new JudgeCommand.UsageException("grade runs code from many people and will not do so without the"
                    + " OS sandbox: " + judge.sandbox().missingWarning().replaceFirst("^judge: warning: ", "")
                    + ". Install bubblewrap, or pass --allow-unsandboxed to grade code you trust anyway");
        }
        // Allowed to go on without it: say plainly what is then at risk.
        String risk = judge.sandbox().missingWarning();
        if (risk != null) {
            top.err.println(risk);
        }
        Discovery.Found found = dir != null ? Discovery.scan(dir, top.repository())
                : Discovery.manifest(manifest, top.repository(), manifestOutside);
        List<Submission> mine = part.select(found.submissions());
        if (found.submissions().isEmpty()) {
            top.err.println("judge: warning: no submissions found in "
                    + ProblemLoader.shown(dir != null ? dir : manifest));
        }
        Path logFile = log != null ? log : Path.of(shard == null ? "grade-results.jsonl"
                : "grade-results-" + part.index() + "-of-" + part.count() + ".jsonl");
        List<Grade> earlier = resume ? GradeLog.read(logFile, w -> top.err.println("judge: warning: " + w)) : List.of();
        Progress progress = new Progress(top.err, top.terminal(), mine.size());
        List<Grade> grades;
        try (GradeLog results = GradeLog.open(logFile, resume)) {
            grades = new Grader(judge, jobs).grade(mine, earlier, results, progress);
        } finally {
            progress.clear();
        }
        GradeReport report = new GradeReport(JudgeVersion.current(), shard == null ? null : part.toString(), grades,
                found.skipped());
        return finish(top, output, files, report, failOnReject);
    }

    /**
     * Adds GitHub's annotations and summary, prints the report, then writes the report files (so the table is
     * shown even when a file fails); the exit code.
     */
    static int finish(JudgeCommand top, OutputOptions output, ReportFiles files, GradeReport report,
            boolean failOnReject) {
        if (GitHubActions.active(top.env)) {
            // Workflow commands are read from stdout; in JSON mode stdout is the report alone, so they go to stderr.
            var stream = output.json() ? top.err : top.out;
            GitHubActions.annotations(report).forEach(stream::println);
            String summary = top.env.get("GITHUB_STEP_SUMMARY");
            if (summary != null && !summary.isBlank()) {
                try {
                    Files.writeString(Path.of(summary), GitHubActions.summary(report), StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                } catch (IOException e) {
                    top.err.println("judge: warning: cannot append to $GITHUB_STEP_SUMMARY (" + summary + "): "
                            + e.getMessage());
                }
            }
        }
        if (output.json()) {
            top.out.println(judge.report.GradeJson.render(report));
        } else {
            top.out.print(GradeTable.render(report));
        }
        top.out.flush();
        boolean written = files.write(report, top.err);
        if (!report.internalErrors().isEmpty()) {
            top.err.println("judge: could not grade " + report.internalErrors().size() + " submission"
                    + (report.internalErrors().size() == 1 ? "" : "s") + " (Internal Error):");
            for (Grade g : report.internalErrors()) {
                top.err.println("  " + HostileText.line(g.file()) + ": " + HostileText.line(g.message()));
            }
            return JudgeCommand.EXIT_BUG;
        }
        if (!written) {
            return JudgeCommand.EXIT_USAGE;
        }
        return failOnReject && report.rejected() > 0 ? JudgeCommand.EXIT_REJECTED : JudgeCommand.EXIT_ACCEPTED;
    }

    /** A progress bar on a terminal; elsewhere (a CI log) one line per graded submission. */
    private static final class Progress implements Grader.Listener {
        private final java.io.PrintStream err;
        private final boolean bar;
        private final int total;
        private int done;
        private int running;
        private boolean drawn;

        Progress(java.io.PrintStream err, boolean bar, int total) {
            this.err = err;
            this.bar = bar;
            this.total = total;
        }

        @Override
        public synchronized void started(Submission s) {
            running++;
            draw();
        }

        @Override
        public synchronized void finished(Grade g, boolean resumed) {
            done++;
            if (!resumed) {
                running--;
            }
            if (bar) {
                draw();
            } else {
                err.printf("[%" + String.valueOf(total).length() + "d/%d] %s: %s%s%n", done, total,
                        HostileText.line(g.file()), HostileText.line(g.summary()), resumed ? " (resumed)" : "");
                err.flush();
            }
        }

        private void draw() {
            if (!bar) {
                return;
            }
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            err.print("\r  [" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total
                    + " graded, " + running + " running ");
            err.flush();
            drawn = true;
        }

        synchronized void clear() {
            if (drawn) {
                err.print("\r" + " ".repeat(70) + "\r");
                err.flush();
            }
        }
    }
}
