package judge.complexity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import judge.check.InputValidator;
import judge.property.SizedInputs;
import judge.report.HostileText;
import judge.sandbox.Answer;
import judge.sandbox.Child;
import judge.sandbox.ChildSpec;
import judge.sandbox.Sandbox;
import judge.value.Value;

/**
 * Times one program (the solution or the reference) in its own sandboxed child along a {@link Growth}: warms the
 * JIT up first, then at each size calls it on several inputs and keeps the median of the CPU times the runner
 * measures around each call. A size whose calls would take more than the per-size budget (predicted from the
 * sizes before it) is not started, so a slow program stops early and the sizes it reached are what it reports.
 * A size where only some of the inputs fit the budget is compared like with like: its time is the size before's
 * scaled by how those same inputs grew (input r is the same kind of input at every size, but not as costly as
 * input r + 1, so the median of the first few is not the median of all).
 */
final class Measurer implements AutoCloseable {
    /** Times at or below this are too short to tell from the call's own overhead and are left out of fits. */
    static final double FLOOR_MS = 0.02;
    /**
     * The warm-up runs until the program has used {@link #WARM_NANOS} of CPU in calls, or has been called
     * {@link #WARM_CALLS} times and used {@link #WARM_MIN_NANOS}: enough calls for HotSpot to compile the
     * solution's methods with C2 (thousands of invocations), not only its loops on stack, and enough time for that
     * compilation, which runs on a thread of its own, to be done: 5,000 calls of 76's reference at its smallest
     * size take 25 ms, and the first size measured after them was one to five times slower than the next.
     */
    private static final long WARM_NANOS = 1_000_000_000L;
    private static final int WARM_CALLS = 5000;
    private static final long WARM_MIN_NANOS = 250_000_000L;
    /** Calls per warm-up batch at most (one round trip each). */
    private static final int WARM_BATCH = 400;
    /** Below this median time a size starts with one unmeasured call (for code the JIT compiles per size). */
    private static final double REWARM_BELOW_MS = 20;
    /** Below this predicted time per call, each input is called {@link #ROUNDS} times and its fastest kept. */
    private static final double ROUNDS_BELOW_MS = 20;
    private static final int ROUNDS = 3;
    /** A size whose growth exceeds the growth before it by more than this many powers is measured again. */
    private static final double REPEAT_OVER = 0.5;

    private final String program;
    private final ChildSpec spec;
    private final Sandbox sandbox;
    private final Inputs inputs;
    private final Settings settings;
    private Child child;
    private boolean warm;

    Measurer(String program, ChildSpec spec, Sandbox sandbox, Inputs inputs, Settings settings) {
        this.program = program;
        this.spec = spec;
        this.sandbox = sandbox;
        this.inputs = inputs;
        this.settings = settings;
    }

    /** The inputs of each step of a growth, drawn once and shared by both programs. */
    static final class Inputs {
        private final SizedInputs draw;
        private final InputValidator validator;
        private final int repeats;
        private final long seed;

        Inputs(SizedInputs draw, InputValidator validator, int repeats, long seed) {
            this.draw = draw;
            this.validator = validator;
            this.repeats = repeats;
            this.seed = seed;
        }

        /**
         * Input {@code r} at {@code sizes}: drawn from a seed that depends on {@code r} alone, so that input r is
         * the same kind of input at every size; one the problem's validator refuses is drawn again.
         */
        List<Value> input(Map<String, Integer> sizes, int r) {
            for (int attempt = 0; attempt < 50; attempt++) {
                List<Value> input = draw.draw(seed * 1_000_003L + r + 7919L * attempt, sizes);
                if (validator == null || validator.violation(input) == null) {
                    return input;
                }
            }
            throw new judge.judging.JudgeException("no input drawn at sizes " + sizes + " passes the problem's"
                    + " input validator");
        }

        List<List<Value>> inputs(Map<String, Integer> sizes) {
            List<List<Value>> all = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                all.add(input(sizes, r));
            }
            return all;
        }

        /** The size of step {@code sizes} on the size axis: the elements of its largest growing parameter. */
        double size(List<Value> input, List<String> growing, List<String> params) {
            if (growing.equals(List.of("calls")) && !params.contains("calls")) {
                return ((Value.Arr) input.get(0)).items().size() - 1;
            }
            int largest = 0;
            for (String name : growing) {
                largest = Math.max(largest, SizedInputs.size(input.get(params.indexOf(name))));
            }
            return largest;
        }
    }

    /**
     * Measures {@code growth} until every size is done, a size would exceed the per-size budget, a call fails, or
     * {@code deadlineNanos} (of {@link System#nanoTime()}) passes.
     */
    Series measure(Growth growth, List<List<List<Value>>> stepInputs, long deadlineNanos) {
        List<Double> times = new ArrayList<>();
        String stopped = null;
        long budget = settings.perSize().toNanos();
        double previousMs = -1;
        long[] previousNanos = null;
        double slope = 1;
        double lastGrowth = Double.NaN;
        for (int i = 0; i < stepInputs.size(); i++) {
            List<List<Value>> batch = stepInputs.get(i);
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                stopped = "the time budget ran out";
                break;
            }
            int calls = batch.size();
            if (previousMs >= 0) {
                double predictedNanos = previousMs * 1e6 * Math.pow(2, slope);
                // Fewer calls at a size rather than none, while even one fits the budget.
                calls = (int) Math.min(batch.size(), Math.floor(Math.min(budget, left) / Math.max(1, predictedNanos)));
                if (calls < 1) {
                    stopped = String.format(java.util.Locale.ROOT, "the next size would take about %s a call, over"
                            + " the budget of %s", seconds(predictedNanos), seconds(Math.min(budget, left)));
                    break;
                }
                calls = Math.max(1, calls % 2 == 0 ? calls - 1 : calls); // odd, for a true median
            }
            child();
            double warmMs = -1;
            if (!warm || previousMs < 0) {
                // A cold child is warmed up; a warm one starting another growth gets one unmeasured call of the
                // new growth's first input. Either way the first size's time per call is known before it runs.
                long most = Math.min(budget, left);
                WarmUp w = warm ? probe(batch.get(0), most) : warmUp(stepInputs, most);
                warm = true;
                if (w.failed() != null) {
                    stopped = w.failed();
                    break;
                }
                warmMs = w.perCallMs();
            }
            // Each input is called `rounds` times, its fastest call kept (what else ran on the machine only ever
            // adds time); the median over the inputs is the size's time (inputs differ, and so may their times).
            // The first size is predicted by the warm-up, which called the program on its inputs.
            double predictedMs = previousMs >= 0 ? previousMs * Math.pow(2, slope) : warmMs;
            int rounds = predictedMs >= 0 && predictedMs < ROUNDS_BELOW_MS ? ROUNDS : 1;
            boolean rewarm = previousMs >= 0 && previousMs < REWARM_BELOW_MS;
            Duration perCall = Duration.ofNanos(Math.max(50_000_000L, Math.min(budget, left)));
            long began = System.nanoTime();
            Timed timed = time(batch.subList(0, calls), rounds, rewarm, perCall);
            if (timed.failed() != null) {
                stopped = timed.failed();
                break;
            }
            long[] nanos = timed.nanos();
            double ms = sizeMs(nanos, batch.size(), previousNanos, previousMs);
            // A size that grew much faster than the one before it did is measured once more, when the time left
            // allows, each input keeping its faster time: a burst of other work on the machine (the other core's
            // load slows this one's CPU time too) is not taken for growth, and a real change of growth repeats.
            long took = System.nanoTime() - began;
            if (worthARepeat(previousMs, ms, lastGrowth) && deadlineNanos - System.nanoTime() > took) {
                Timed again = time(batch.subList(0, calls), rounds, false, perCall);
                if (again.failed() == null) {
                    for (int r = 0; r < calls; r++) {
                        nanos[r] = Math.min(nanos[r], again.nanos()[r]);
                    }
                    ms = sizeMs(nanos, batch.size(), previousNanos, previousMs);
                }
            }
            times.add(ms);
            previousNanos = nanos;
            lastGrowth = Double.NaN;
            if (previousMs > FLOOR_MS && ms > FLOOR_MS) {
                lastGrowth = Math.log(ms / previousMs) / Math.log(2);
                slope = Math.max(1, lastGrowth);
            }
            previousMs = ms;
        }
        return new Series(program, times, stopped, null);
    }

    /**
     * Whether a size that took {@code ms} after one of {@code previousMs} grew so much faster than the size before
     * did ({@code lastGrowth}, the exponent between the two sizes before, NaN when unknown) that it should be
     * measured again: by more than half a power, with both times measurable.
     */
    static boolean worthARepeat(double previousMs, double ms, double lastGrowth) {
        return !Double.isNaN(lastGrowth) && previousMs > FLOOR_MS && ms > FLOOR_MS
                && Math.log(ms / previousMs) / Math.log(2) > lastGrowth + REPEAT_OVER;
    }

    /** Each input's fastest CPU time ({@code nanos[r]} for input r), or why a call failed. */
    private record Timed(long[] nanos, String failed) {}

    /**
     * Calls each of {@code inputs} {@code rounds} times (after one unmeasured call of the first when
     * {@code rewarm}) and keeps each input's fastest time.
     */
    private Timed time(List<List<Value>> inputs, int rounds, boolean rewarm, Duration perCall) {
        List<List<Value>> send = new ArrayList<>();
        if (rewarm) {
            send.add(inputs.get(0));
        }
        for (int round = 0; round < rounds; round++) {
            send.addAll(inputs);
        }
        List<Answer> answers = child().callBatch(send, perCall);
        long[] nanos = new long[inputs.size()];
        Arrays.fill(nanos, Long.MAX_VALUE);
        for (int k = 0; k < send.size(); k++) {
            Answer a = k < answers.size() ? answers.get(k) : null;
            if (!(a instanceof Answer.Returned r)) {
                return new Timed(null, describe(a, perCall));
            }
            int measured = k - (rewarm ? 1 : 0);
            if (measured >= 0) {
                nanos[measured % inputs.size()] = Math.min(nanos[measured % inputs.size()], r.nanos());
            }
        }
        return new Timed(nanos, null);
    }

    /**
     * A size's time in ms from each measured input's CPU time ({@code nanos[r]} for input r): their median when
     * every one of the size's {@code inputs} was measured; when the budget let only the first few run, the size
     * before's time scaled by the median of how those same inputs grew from it ({@code previousNanos}).
     */
    static double sizeMs(long[] nanos, int inputs, long[] previousNanos, double previousMs) {
        if (nanos.length < inputs && previousNanos != null && previousNanos.length >= nanos.length) {
            return previousMs * median(ratios(nanos, previousNanos));
        }
        return median(Arrays.stream(nanos).asDoubleStream().toArray()) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Each input's time over its time at the size before, for the inputs measured at this size. */
    private static double[] ratios(long[] now, long[] before) {
        double[] ratios = new double[now.length];
        for (int r = 0; r < now.length; r++) {
            ratios[r] = now[r] / (double) Math.max(1, before[r]);
        }
        return ratios;
    }

    /**
     * How a warm-up ended.
     *
     * @param failed     why a call failed, or {@code null}
     * @param perCallMs  the CPU time per call of its last batch (calls on the first size's inputs)
     */
    private record WarmUp(String failed, double perCallMs) {}

    /**
     * Calls the program on the first steps' inputs, in batches, until the JIT has had its chance (see
     * {@link #WARM_NANOS}), so that nothing measured runs in the interpreter or in code about to be recompiled.
     */
    private WarmUp warmUp(List<List<List<Value>>> stepInputs, long budgetNanos) {
        long spent = 0;
        int calls = 0;
        int batchSize = 8;
        double perCallMs = -1;
        List<List<Value>> pool = new ArrayList<>();
        pool.addAll(stepInputs.get(0));
        long most = Math.min(WARM_NANOS, budgetNanos);
        long least = Math.min(WARM_MIN_NANOS, most);
        while (spent < most && (calls < WARM_CALLS || spent < least)) {
            List<List<Value>> batch = new ArrayList<>();
            for (int k = 0; k < batchSize; k++) {
                batch.add(pool.get((calls + k) % pool.size()));
            }
            Duration perCall = Duration.ofNanos(Math.max(50_000_000L, budgetNanos));
            List<Answer> answers = child().callBatch(batch, perCall);
            long batchNanos = 0;
            for (Answer a : answers) {
                if (!(a instanceof Answer.Returned r)) {
                    return new WarmUp(describe(a, perCall) + " (warming up)", -1);
                }
                batchNanos += r.nanos();
            }
            spent += batchNanos;
            calls += answers.size();
            perCallMs = answers.isEmpty() ? perCallMs : batchNanos / 1e6 / answers.size();
            // Next batch: about a tenth of the CPU still to spend, within the batch bounds.
            double perCallNanos = Math.max(1_000, batchNanos / (double) answers.size());
            batchSize = (int) Math.max(1, Math.min(WARM_BATCH, (most - spent) / 10 / perCallNanos + 1));
        }
        return new WarmUp(null, perCallMs);
    }

    /** One unmeasured call of {@code input}: its CPU time, or why it failed. */
    private WarmUp probe(List<Value> input, long budgetNanos) {
        Timed t = time(List.of(input), 1, false, Duration.ofNanos(Math.max(50_000_000L, budgetNanos)));
        return t.failed() != null ? new WarmUp(t.failed(), -1) : new WarmUp(null, t.nanos()[0] / 1e6);
    }

    private String describe(Answer a, Duration perCall) {
        if (a instanceof Answer.TimedOut) {
            return "a call ran past the budget of " + seconds(perCall.toNanos());
        }
        if (a instanceof Answer.Threw t) {
            return "a call threw " + HostileText.line(t.exception());
        }
        if (a instanceof Answer.OutOfMemory) {
            return "it ran out of memory";
        }
        if (a instanceof Answer.OutputLimit) {
            return "it printed more than the output limit";
        }
        if (a instanceof Answer.Exited e) {
            return "its process exited (status " + e.status() + ")";
        }
        return "its child failed" + (a instanceof Answer.Broken b ? ": " + HostileText.line(b.message()) : "");
    }

    static String seconds(double nanos) {
        return nanos >= 1e9 ? String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9)
                : String.format(java.util.Locale.ROOT, "%.0f ms", nanos / 1e6);
    }

    private Child child() {
        if (child == null || !child.isAlive()) {
            if (child != null) {
                child.close();
            }
            child = Child.start(spec, sandbox);
            warm = false;
        }
        return child;
    }

    @Override
    public void close() {
        if (child != null) {
            child.close();
        }
    }
}
