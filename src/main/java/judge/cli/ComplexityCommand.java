package judge.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import judge.complexity.Complexity;
import judge.complexity.ComplexityReport;
import judge.complexity.Plot;
import judge.complexity.Settings;
import judge.compile.Source;
import judge.judging.Judge;
import judge.problem.Problem;
import judge.sandbox.Sandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "complexity", description = "Measure how a solution's time grows with its input, next to the"
        + " reference's: inputs of doubling size drawn from the constraints, the growth exponent fitted on a log-log"
        + " scale, an ASCII chart, and a real one with --plot.")
final class ComplexityCommand implements Callable<Integer>, JudgeCommand.Reporting {
    @ParentCommand JudgeCommand top;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = JudgeCommand.PROBLEM_HELP)
    String problem;

    @Parameters(index = "1", paramLabel = "SOURCE", description = "Your Solution.java or solution.py")
    Path source;

    @Option(names = "--param", paramLabel = "NAME", description = "Grow this string, array or list parameter alone"
            + " (default: the longest one, or the longest ones together and then each alone).")
    String param;

    @Option(names = "--plot", paramLabel = "FILE", description = "Also write a log-log chart of both programs' times:"
            + " FILE.svg or FILE.png.")
    Path plot;

    @Option(names = "--budget", paramLabel = "DURATION", defaultValue = "3s", converter = DurationConverter.class,
            description = "The most one size may take per program (default 3s): a slower program stops before it.")
    Duration budget;

    @Option(names = "--time", paramLabel = "DURATION", defaultValue = "3m", converter = DurationConverter.class,
            description = "The most the whole measurement may take (default 3m).")
    Duration time;

    @Mixin OutputOptions output;

    @Mixin LanguageOptions language;

    @Override
    public boolean json() {
        return output.json();
    }

    @Override
    public Integer call() {
        if (plot != null) {
            Plot.checkFile(plot).ifPresent(message -> {
                throw new JudgeCommand.UsageException("--plot " + plot + ": " + message);
            });
        }
        Problem p = top.repository().find(problem);
        Source s = language.read(source);
        Settings defaults = Settings.defaults(param);
        Settings settings = new Settings(param, budget, time, defaults.repeats(), defaults.seed(), defaults.alone());
        Complexity.Measurement m;
        try (var busy = top.busy(output.json(), "measuring " + p.id() + " (up to " + time.toSeconds() + " s)...")) {
            m = Complexity.measure(Judge.createDefault(), p, s, settings, what -> { });
        } catch (IllegalArgumentException e) {
            throw new JudgeCommand.UsageException(e.getMessage());
        }
        String plotError = plot != null && m.main() != null ? Plot.write(m, p, plot) : null;
        top.out.print(output.json() ? ComplexityReport.json(m, p) + "\n" : ComplexityReport.text(m, p));
        if (plot != null && m.main() != null && plotError == null && !output.json()) {
            top.out.println("Chart: " + plot);
        }
        top.out.flush();
        if (plotError != null) {
            top.err.println("judge: --plot " + plot + ": " + plotError);
        }
        Sandbox.warnOnceIfMissing(top.err);
        return m.error() != null || plotError != null ? JudgeCommand.EXIT_REJECTED : JudgeCommand.EXIT_ACCEPTED;
    }
}
