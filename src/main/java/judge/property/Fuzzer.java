package judge.property;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import judge.check.Checker;
import judge.check.InputValidator;
import judge.judging.Evaluation;
import judge.judging.Judge;
import judge.judging.JudgeException;
import judge.judging.TestResult;
import judge.judging.Verdict;
import judge.problem.Problem;
import judge.problem.TestCase;
import judge.sandbox.Answer;
import judge.sandbox.Child;
import judge.sandbox.ChildSpec;
import judge.sandbox.Sandbox;
import judge.value.Value;

/**
 * The property of a problem, tested on a solution: for inputs drawn from the problem's declared
 * constraints, the solution's answer passes the checker against the reference's answer for the same input,
 * within the time limit. Tries run in batches in two child JVMs at once, the solution's and the
 * reference's, which stay up across tries and are restarted after a crash. The first failing try is then
 * shrunk ({@link Shrinker}) to the simplest input that still fails the same way.
 *
 * <p>Deterministic: try {@code i} draws from a random source seeded by the run's seed and {@code i} alone,
 * so batches, machines and time budgets change how many tries run, never what any try is.
 */
public final class Fuzzer implements AutoCloseable {
    /** A batch is cut at this many characters of input, so that large tries go a few at a time. */
    private static final long BATCH_CHARS = 1 << 20;
    private static final int BATCH_CALLS = 512;

    private final Problem problem;
    private final Generators generators;
    private final Checker checker;
    private final InputValidator validator;
    private final ChildSpec userSpec;
    private final ChildSpec referenceSpec;
    private final Sandbox sandbox;
    private final String fileName;
    private final long limitMs;
    private Child user;
    private Child reference;

    /**
     * @param user      a child already running the solution, or {@code null} to start one (the fuzzer owns and
     *                  closes it either way)
     * @param reference likewise for the reference
     */
    public Fuzzer(Problem problem, Checker checker, InputValidator validator, ChildSpec userSpec,
            ChildSpec referenceSpec, Sandbox sandbox, String fileName, Child user, Child reference) {
        this.sandbox = sandbox;
        this.problem = problem;
        this.generators = new Generators(problem.signature());
        this.checker = checker;
        this.validator = validator;
        this.userSpec = userSpec;
        this.referenceSpec = referenceSpec;
        this.fileName = fileName;
        this.limitMs = Math.round(problem.limits().testFloorMs() * problem.limits().languageFactor(
                userSpec.language().name(), userSpec.language().defaultTimeFactor()));
        this.user = user;
        this.reference = reference;
    }

    /** The tries, in order: edge cases first, then random ones of growing size. */
    static Profile profile(long tryIndex, int maxSize) {
        int small = Math.min(maxSize, 8);
        List<Profile> edges = new ArrayList<>(List.of(
                new Profile("smallest", 0, false, false, false),
                new Profile("one-letter", small, false, true, false),
                new Profile("no-hint", small, false, false, true),
                new Profile("one-letter-no-hint", small, false, true, true)));
        if (maxSize > FuzzConfig.DEFAULT_MAX_SIZE) {
            edges.add(new Profile("max-size", maxSize, true, false, false));
            edges.add(new Profile("max-size-one-letter", maxSize, true, true, false));
            edges.add(new Profile("max-size-no-hint", maxSize, true, false, true));
        }
        if (tryIndex < edges.size()) {
            return edges.get((int) tryIndex);
        }
        // Sizes cycle through 1, 2, 4, ... up to the maximum, so small inputs come often and large ones too.
        int levels = 64 - Long.numberOfLeadingZeros(Math.max(1, maxSize));
        int level = (int) ((tryIndex - edges.size()) % levels);
        return Profile.random(Math.min(maxSize, 1 << level));
    }

    private static SplittableRandom randomFor(long seed, long tryIndex) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + tryIndex);
    }

    /** One try's input and the choices it was made of. */
    private record Try(long index, Profile profile, List<Value> input, long[] choices) {}

    /** How often a try draws again when its input breaks the problem's validator before it gives up. */
    private static final int DRAWS_PER_TRY = 100;

    /**
     * Draws try {@code index}. An input that breaks the problem's validator is drawn again from a fresh
     * random source (Hypothesis's assume), up to {@value #DRAWS_PER_TRY} times; {@code null} if none held.
     */
    private Try draw(long seed, long index, int maxSize) {
        Profile profile = profile(index, maxSize);
        for (int attempt = 0; attempt < DRAWS_PER_TRY; attempt++) {
            Choices choices = profile.name().equals("smallest") && attempt == 0 ? Choices.replay(new long[0])
                    : Choices.random(randomFor(seed, index * DRAWS_PER_TRY + attempt));
            List<Value> input = generators.draw(choices, profile);
            if (valid(input)) {
                return new Try(index, profile, input, choices.sequence());
            }
        }
        return null;
    }

    private boolean valid(List<Value> input) {
        if (validator == null) {
            return true;
        }
        try {
            return validator.violation(input) == null;
        } catch (RuntimeException e) {
            throw new JudgeException("the problem's input validator failed on a generated input "
                    + describe(input) + ": " + e);
        }
    }

    /**
     * Runs tries until one fails, {@code config.maxTries()} have passed or the time budget is spent, and
     * shrinks a failure. {@code progress} hears the number of tries done after each batch.
     */
    public FuzzResult run(FuzzConfig config, LongConsumer progress) {
        long start = System.nanoTime();
        long end = start + config.timeBudget().toNanos();
        long done = 0;
        while (done < config.maxTries() && System.nanoTime() < end) {
            List<Try> batch = new ArrayList<>();
            long chars = 0;
            long next = done;
            while (batch.size() < BATCH_CALLS && next < config.maxTries() && chars < BATCH_CHARS) {
                Try t = draw(config.seed(), next++, config.maxSize());
                if (t != null) {
                    chars += size(t.input());
                    batch.add(t);
                }
            }
            if (batch.isEmpty()) {
                done = next;
                continue;
            }
            List<List<Value>> inputs = batch.stream().map(Try::input).toList();
            Outcomes outcomes = runBoth(inputs);
            for (int i = 0; i < batch.size(); i++) {
                TestResult failure = failure(batch.get(i), outcomes, i);
                if (failure != null) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    return shrink(config, batch.get(i), failure, batch.get(i).index() + 1, seconds);
                }
            }
            done = next;
            progress.accept(done);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new FuzzResult(FuzzResult.Status.PASSED, config.seed(), done, seconds, 0, 0, false, null, 0, null, 0,
                null, List.of());
    }

    private record Outcomes(List<Answer> reference, List<Answer> user) {}

    /** Sends the same inputs to both children at once and collects both lists of answers. */
    private Outcomes runBoth(List<List<Value>> inputs) {
        Duration perCall = Duration.ofMillis(limitMs + Judge.graceMs(limitMs));
        Child ref = reference();
        CompletableFuture<List<Answer>> fromReference = CompletableFuture.supplyAsync(
                () -> ref.callBatch(inputs, Duration.ofSeconds(60)));
        List<Answer> fromUser = user().callBatch(inputs, perCall);
        return new Outcomes(fromReference.join(), fromUser);
    }

    /** The failure of try {@code i} of a batch, or {@code null} if it passed. */
    private TestResult failure(Try t, Outcomes outcomes, int i) {
        if (i >= outcomes.reference().size() || !(outcomes.reference().get(i) instanceof Answer.Returned r)) {
            Answer a = i < outcomes.reference().size() ? outcomes.reference().get(i) : null;
            throw new JudgeException("the reference solution failed on a generated input " + describe(t.input())
                    + ": " + (a == null ? "no answer" : a.getClass().getSimpleName()));
        }
        if (i >= outcomes.user().size()) {
            return null; // cannot happen: the user's list ends with the answer that failed
        }
        Value expected = judge.value.ValueFormat.parse(r.output());
        TestCase test = new TestCase("try-" + (t.index() + 1) + "-" + t.profile().name(), t.input(), expected,
                "generated");
        TestResult result = Evaluation.of(test, outcomes.user().get(i), limitMs, checker, fileName,
                problem.limits().memoryMb(), userSpec.language());
        return result.verdict().isAccepted() ? null : result;
    }

    private FuzzResult shrink(FuzzConfig config, Try failing, TestResult original, long tries, double seconds) {
        String kind = kind(original);
        long deadline = System.nanoTime() + config.shrinkBudget().toNanos();
        TestResult[] last = {original};
        Shrinker shrinker = new Shrinker(failing.choices(), candidate -> {
            Choices choices = Choices.replay(candidate);
            List<Value> input = generators.draw(choices, Profile.random(config.maxSize()));
            if (!valid(input)) {
                return null;
            }
            Try t = new Try(failing.index(), failing.profile(), input, choices.sequence());
            TestResult result = failure(t, runBoth(List.of(input)), 0);
            if (result == null || !kind(result).equals(kind)) {
                return null;
            }
            last[0] = result;
            return t.choices();
        }, deadline);
        long[] best = shrinker.shrink();
        // Replay the winner once more, so that the report shows exactly its input and answers.
        TestResult shrunk = last[0];
        List<Value> shrunkInput = failing.input();
        if (best != failing.choices()) {
            shrunkInput = generators.draw(Choices.replay(best), Profile.random(config.maxSize()));
            TestResult again = failure(new Try(failing.index(), failing.profile(), shrunkInput, best),
                    runBoth(List.of(shrunkInput)), 0);
            shrunk = again != null ? again : shrunk;
        }
        return new FuzzResult(FuzzResult.Status.FALSIFIED, config.seed(), tries, seconds, shrinker.steps(),
                shrinker.candidates(), shrinker.stoppedByBudget(), original, size(failing.input()),
                rename(shrunk, "counterexample"), size(shrunkInput), shrunk.message(), List.of());
    }

    private static TestResult rename(TestResult r, String name) {
        return new TestResult(name, r.verdict(), r.runtimeMs(), r.timeLimitMs(), r.input(), r.expected(), r.output(),
                r.message(), r.stdout(), r.truncated());
    }

    /**
     * What must stay the same while shrinking: the verdict, and for runtime errors the exception's class,
     * so that a wrong answer does not shrink into an unrelated crash.
     */
    private static String kind(TestResult r) {
        if (r.verdict() == Verdict.RUNTIME_ERROR && r.message() != null) {
            int colon = r.message().indexOf(':');
            int newline = r.message().indexOf('\n');
            int cut = colon < 0 ? newline : newline < 0 ? colon : Math.min(colon, newline);
            return r.verdict() + " " + (cut < 0 ? r.message() : r.message().substring(0, cut));
        }
        return r.verdict().name();
    }

    /** Total length of an input's strings and arrays, plus one per number: how big the reports say it is. */
    static int size(List<Value> input) {
        int n = 0;
        for (Value v : input) {
            n += size(v);
        }
        return n;
    }

    private static int size(Value v) {
        if (v instanceof Value.Str s) {
            return s.value().length();
        }
        if (v instanceof Value.Arr a) {
            int n = 0;
            for (Value item : a.items()) {
                n += Math.max(1, size(item));
            }
            return n;
        }
        return 1;
    }

    private static String describe(List<Value> input) {
        String text = input.stream().map(Value::format).toList().toString();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    private Child user() {
        if (user == null || !user.isAlive()) {
            if (user != null) {
                user.close();
            }
            user = Child.start(userSpec, sandbox);
        }
        return user;
    }

    private Child reference() {
        if (reference == null || !reference.isAlive()) {
            if (reference != null) {
                reference.close();
            }
            reference = Child.start(referenceSpec, sandbox);
        }
        return reference;
    }

    /**
     * Hands the reference's child back to the caller, alive or {@code null}, instead of closing it with the fuzzer:
     * a trusted child that others may reuse (grading keeps a pool of them).
     */
    public Child takeReference() {
        Child r = reference;
        reference = null;
        if (r != null && !r.isAlive()) {
            r.close();
            return null;
        }
        return r;
    }

    @Override
    public void close() {
        if (user != null) {
            user.close();
        }
        if (reference != null) {
            reference.close();
        }
    }
}
