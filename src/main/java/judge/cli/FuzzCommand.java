package judge.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import judge.compile.Source;
import judge.judging.Judge;
import judge.judging.TestResult;
import judge.problem.Problem;
import judge.problem.SavedTests;
import judge.property.FuzzConfig;
import judge.property.FuzzResult;
import judge.property.PropertyRun;
import judge.report.FuzzReport;
import judge.value.Value;
import judge.value.ValueFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "fuzz", description = "Test a solution against the reference on random inputs drawn from the"
        + " problem's constraints, and shrink a failure to the smallest input that still fails.")
final class FuzzCommand implements Callable<Integer>, JudgeCommand.Reporting {
    @ParentCommand JudgeCommand top;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = JudgeCommand.PROBLEM_HELP)
    String problem;

    @Parameters(index = "1", paramLabel = "SOURCE", description = "Your Solution.java or solution.py")
    Path source;

    @Option(names = "--tries", paramLabel = "N", defaultValue = "10000", description = "Stop after N tries (default 10000).")
    long tries;

    @Option(names = "--time", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Or when this much time has passed: 30s (default), 2m, 500ms.")
    Duration time;

    @Option(names = "--seed", paramLabel = "S", description = "The seed; the same seed gives the same tries and"
            + " the same counterexample (default: a new one, printed).")
    Long seed;

    @Option(names = "--max-size", paramLabel = "N", defaultValue = "" + FuzzConfig.DEFAULT_MAX_SIZE,
            description = "Largest length of a drawn string, array or list (default 24); larger also adds edge"
                    + " cases at that size.")
    int maxSize;

    @Option(names = "--shrink-time", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "How long shrinking may take (default 30s).")
    Duration shrinkTime;

    @Option(names = "--save", description = "Keep the counterexample as a test in .judge/tests/NNNN/ (or"
            + " $JUDGE_USER_TESTS), which run and submit then include.")
    boolean save;

    @Option(names = "--save-to-problem", description = "Add the counterexample to the package's"
            + " tests/hidden/90-fuzz.json (for problem authors).")
    boolean saveToProblem;

    @Mixin OutputOptions output;

    @Mixin LanguageOptions language;

    @Override
    public boolean json() {
        return output.json();
    }

    @Override
    public Integer call() throws IOException {
        if (tries < 1) {
            throw new JudgeCommand.UsageException("--tries must be at least 1, not " + tries);
        }
        if (maxSize < 1) {
            throw new JudgeCommand.UsageException("--max-size must be at least 1, not " + maxSize);
        }
        Problem p = top.repository().find(problem);
        Source s = language.read(source);
        long theSeed = seed != null ? seed : new SecureRandom().nextLong() & 0xFFFFFFFFFFFFL;
        FuzzConfig config = new FuzzConfig(theSeed, tries, time, maxSize, shrinkTime);
        Progress progress = new Progress(top.err, !output.json() && System.console() != null, tries);
        FuzzResult result = PropertyRun.fuzz(Judge.createDefault(), p, s, config, progress::update);
        progress.clear();
        String savedTo = null;
        if (result.status() == FuzzResult.Status.FALSIFIED && (save || saveToProblem)) {
            TestResult c = result.counterexample();
            List<Value> input = c.input().stream().map(ValueFormat::parse).toList();
            Value expected = c.expected() == null ? null : ValueFormat.parse(c.expected());
            String name = "fuzz-seed-" + theSeed;
            Path file = saveToProblem ? SavedTests.saveToProblem(p, name, input, expected)
                    : SavedTests.saveForUser(SavedTests.defaultRoot(), p, name, input, expected);
            savedTo = file.toString();
        }
        top.out.print(output.json() ? FuzzReport.json(result, p, savedTo, s.language()) + "\n" : FuzzReport.text(result, p, s.path().toString(), savedTo));
        top.out.flush();
        top.record(result, p, s);
        return switch (result.status()) {
            case PASSED -> JudgeCommand.EXIT_ACCEPTED;
            case FALSIFIED -> JudgeCommand.EXIT_REJECTED;
            case ERROR -> JudgeCommand.EXIT_REJECTED;
        };
    }

    /** A progress line on stderr, only on a terminal. */
    private static final class Progress {
        private final java.io.PrintStream err;
        private final boolean show;
        private final long total;
        private final long start = System.nanoTime();
        private long lastShown;

        Progress(java.io.PrintStream err, boolean show, long total) {
            this.err = err;
            this.show = show;
            this.total = total;
        }

        void update(long done) {
            long now = System.nanoTime();
            if (!show || now - lastShown < 200_000_000L) {
                return;
            }
            lastShown = now;
            double seconds = (now - start) / 1e9;
            err.printf("\r  %d / %d tries, %.0f tries/s ", done, total, done / Math.max(seconds, 1e-9));
            err.flush();
        }

        void clear() {
            if (show && lastShown != 0) {
                err.print("\r" + " ".repeat(60) + "\r");
                err.flush();
            }
        }
    }
}
