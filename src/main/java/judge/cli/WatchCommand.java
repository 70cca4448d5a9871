package judge.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import judge.compile.Source;
import judge.judging.Judge;
import judge.judging.Result;
import judge.practice.Style;
import judge.practice.Watcher;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.SavedTests;
import judge.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "watch", description = "Judge a solution on every save: the examples, then, when they pass, every"
        + " test. Keeps the judge warm between saves; Ctrl-C stops.")
final class WatchCommand implements Callable<Integer> {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @ParentCommand JudgeCommand top;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = JudgeCommand.PROBLEM_HELP)
    String problem;

    @Parameters(index = "1", paramLabel = "SOURCE", description = "Your Solution.java or solution.py")
    Path source;

    @Mixin LanguageOptions language;

    @Override
    public Integer call() {
        Problem p = top.repository().find(problem);
        Path shown = ProblemLoader.shown(source);
        if (!Files.isRegularFile(source)) {
            throw new JudgeCommand.UsageException(shown + ": no such file; judge new " + p.id() + " writes one");
        }
        judge.lang.Language lang = language.language(source);
        if (judge.lang.Languages.byExtension(source) != lang) {
            throw new JudgeCommand.UsageException(shown + ": watch tells the language by the file's extension; name"
                    + " the file " + lang.extensions().get(0) + " for " + lang.title());
        }
        language.check(lang);
        Style style = top.style();
        top.recorder(); // open the history while the first judging runs
        Judge judge = Judge.createDefault().withSavedTests(SavedTests.defaultRoot()).keepingWarm();
        AtomicBoolean stop = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            stop.set(true);
            judge.releaseWarmChildren();
            StopGate.lastWords(top.out, System.lineSeparator() + "Stopped watching " + shown + ".");
        });
        Runtime.getRuntime().addShutdownHook(hook);
        top.out.println(style.bold("Watching " + shown) + " for " + p.id() + ". " + p.title() + ": every save runs"
                + " the examples, then every test. Ctrl-C stops.");
        top.out.flush();
        Watcher watcher = new Watcher(judge, p, source, new Watcher.Listener() {
            @Override
            public void judging(Path file) {
                top.out.println();
                top.out.println(style.dim("── " + LocalTime.now().format(CLOCK) + "  " + shown + " "
                        + "─".repeat(Math.max(3, 60 - shown.toString().length()))));
                top.out.flush();
            }

            @Override
            public void result(Result result, Source s) {
                top.record(result, s);
                if (result.mode().equals("run") && result.verdict().isAccepted()) {
                    top.out.println("Examples passed (" + result.passed() + " / " + result.total() + "); now every"
                            + " test...");
                } else {
                    top.out.print(style.firstLine(result.verdict().code(), TextReport.render(result, p.signature())));
                }
                top.out.flush();
            }

            private boolean first = true;

            @Override
            public void done(Watcher.Cycle cycle) {
                Result last = cycle.last();
                top.out.println(style.verdict(last.verdict().code(), "-- " + last.verdict().title())
                        + (cycle.submit() == null ? " (examples)" : " (submit)") + String.format(", %.2f s %s;"
                        + " watching %s, Ctrl-C stops", cycle.took().toNanos() / 1e9,
                        first ? "(the first judging, with a cold start)" : "after the save", shown));
                first = false;
                top.out.flush();
            }

            @Override
            public void unreadable(String message) {
                top.out.println("judge: " + message + "; waiting for the next save");
                top.out.flush();
            }
        });
        try {
            watcher.watch(stop);
        } finally {
            judge.releaseWarmChildren();
            if (!stop.get()) {
                // Interrupted rather than stopped by Ctrl-C: the hook is not needed any more.
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // already shutting down
                }
            }
        }
        return JudgeCommand.EXIT_ACCEPTED;
    }
}
