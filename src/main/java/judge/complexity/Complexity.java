package judge.complexity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import judge.compile.CompileResult;
import judge.compile.Source;
import judge.judging.Judge;
import judge.judging.JudgeException;
import judge.lang.Languages;
import judge.problem.Param;
import judge.problem.Problem;
import judge.property.SizedInputs;
import judge.sandbox.Leftovers;
import judge.sandbox.RuntimeFiles;
import judge.value.Value;

/**
 * {@code judge complexity}: how a solution's time grows with its input, next to the reference's. Draws inputs of
 * doubling size from the problem's constraints ({@link Growth}), times both programs on them in sandboxed children
 * ({@link Measurer}), and fits the growth exponent of each ({@link Fit}, {@link GrowthClass}).
 */
public final class Complexity {
    private Complexity() {}

    /**
     * One growth measured for both programs.
     *
     * @param sizes per step of the growth, its size on the size axis (elements of the largest growing parameter)
     */
    public record Run(Growth growth, List<Double> sizes, Series solution, Series reference) {
        public Run {
            sizes = List.copyOf(sizes);
        }
    }

    /**
     * The whole measurement: the first run is the main one (every growing parameter together), the others each
     * grow one parameter alone.
     *
     * @param dominant the parameter whose growth alone drives the solution's time, {@code null} when no single one
     *                 does or it was not measured
     * @param error    why nothing was measured (the source does not compile...), else {@code null}
     */
    public record Measurement(String file, String language, List<Run> runs, String dominant, String error,
            double seconds) {
        public Measurement {
            runs = List.copyOf(runs);
        }

        public Run main() {
            return runs.isEmpty() ? null : runs.get(0);
        }
    }

    /**
     * Measures {@code source} against the problem's reference.
     *
     * @throws IllegalArgumentException when the problem has nothing to grow or {@code settings.param()} names no
     *                                  parameter that can grow (a message for the user)
     */
    public static Measurement measure(Judge judge, Problem problem, Source source, Settings settings,
            Consumer<String> progress) {
        List<Growth> plan = Growth.plan(problem.signature(), settings.param());
        if (!settings.alone()) {
            plan = plan.subList(0, 1);
        }
        long start = System.nanoTime();
        String file = source.path().toString();
        String language = Languages.of(source).name();
        Path classes = null;
        try {
            classes = Leftovers.tempFolder("judge-complexity-");
            CompileResult compiled = judge.compile(problem, source, classes);
            if (compiled instanceof CompileResult.Failed failed) {
                return new Measurement(file, language, List.of(), null, "the source does not compile: "
                        + failed.summary(), seconds(start));
            }
            Measurer.Inputs inputs = new Measurer.Inputs(new SizedInputs(problem.signature()),
                    judge.validator(problem), settings.repeats(), settings.seed());
            List<String> params = problem.signature().isDesign() ? List.of()
                    : problem.signature().params().stream().map(Param::name).toList();
            // The budget counts from here: compiling is not measuring.
            long deadline = System.nanoTime() + settings.total().toNanos();
            List<Run> runs = new ArrayList<>();
            try (Measurer solution = new Measurer("solution", Judge.childSpec(Languages.of(source), problem, classes),
                    judge.sandbox(), inputs, settings);
                    Measurer reference = new Measurer("reference", Judge.childSpec(problem,
                            judge.referenceClasses(problem)), judge.sandbox(), inputs, settings)) {
                // Shares of the time: the main growth of the solution is what the report is about, and the
                // one that needs time; the reference and the runs alone need less.
                double weights = WEIGHT_MAIN + WEIGHT_REFERENCE + (plan.size() - 1) * (1 + WEIGHT_REFERENCE);
                boolean first = true;
                for (Growth growth : plan) {
                    List<List<List<Value>>> steps = new ArrayList<>();
                    List<Double> sizes = new ArrayList<>();
                    for (int i = 0; i < growth.steps().size(); i++) {
                        List<List<Value>> batch = inputs.inputs(growth.sizes(i));
                        steps.add(batch);
                        sizes.add(inputs.size(batch.get(0), growth.growing(), params));
                    }
                    progress.accept("your solution, growing " + growth.label());
                    double mineWeight = first ? WEIGHT_MAIN : 1;
                    Series mine = solution.measure(growth, steps, slice(deadline, mineWeight / weights));
                    weights -= mineWeight;
                    progress.accept("the reference, growing " + growth.label());
                    Series theirs = reference.measure(growth, steps, slice(deadline, WEIGHT_REFERENCE / weights));
                    weights -= WEIGHT_REFERENCE;
                    first = false;
                    runs.add(new Run(growth, sizes, fitted(mine, sizes), fitted(theirs, sizes)));
                }
            }
            return new Measurement(file, language, runs, dominant(runs), null, seconds(start));
        } catch (JudgeException e) {
            return new Measurement(file, language, List.of(), null, e.getMessage(), seconds(start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            RuntimeFiles.deleteTree(classes);
        }
    }

    /**
     * The line {@code submit} adds to a Time Limit Exceeded: both exponents from a measurement of a few seconds
     * ({@link Settings#quick()}), or {@code null} when that could not fit the solution's growth (too few sizes in
     * the time, nothing to grow, a failure).
     */
    public static String quickLine(Judge judge, Problem problem, Source source) {
        Measurement m;
        try {
            m = measure(judge, problem, source, Settings.quick(), what -> { });
        } catch (IllegalArgumentException e) {
            return null;
        }
        Run run = m.main();
        if (run == null || run.solution().fit() == null || run.solution().fit().points() < GrowthClass.MIN_POINTS) {
            return null;
        }
        return "Growth as " + run.growth().label() + (run.growth().growing().size() > 1 ? " grow: " : " grows: ")
                + ComplexityReport.summary(run) + " (judge complexity for more)";
    }

    /** The solution's main growth's weight in the time budget, against 1 for a growth alone. */
    private static final double WEIGHT_MAIN = 4;
    /** The reference's weight per growth. */
    private static final double WEIGHT_REFERENCE = 0.5;

    /** The deadline of a task that may take {@code share} of what is left before {@code deadline}. */
    private static long slice(long deadline, double share) {
        long now = System.nanoTime();
        return now + (long) (Math.max(0, deadline - now) * Math.min(1, share));
    }

    private static Series fitted(Series s, List<Double> sizes) {
        double[] x = sizes.stream().limit(s.times().size()).mapToDouble(Double::doubleValue).toArray();
        double[] y = s.times().stream().mapToDouble(Double::doubleValue).toArray();
        return new Series(s.program(), s.times(), s.stopped(), Fit.of(x, y, Measurer.FLOOR_MS));
    }

    /**
     * The parameter that drives the solution's time: the one whose growth alone gives the largest exponent, when
     * it is larger than every other's by half a power or more; {@code null} otherwise, or without runs alone.
     */
    static String dominant(List<Run> runs) {
        String best = null;
        double top = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (Run run : runs.subList(Math.min(1, runs.size()), runs.size())) {
            Fit fit = run.solution().fit();
            double e = fit == null ? 0 : fit.exponent();
            if (e > top) {
                second = top;
                top = e;
                best = run.growth().label();
            } else if (e > second) {
                second = e;
            }
        }
        return best != null && top - second >= 0.5 ? best : null;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
