package judge.judging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import judge.check.Checker;
import judge.check.Checkers;
import judge.check.InputValidator;
import judge.compile.CompileCache;
import judge.compile.CompileResult;
import judge.compile.Compiler;
import judge.lang.Language;
import judge.lang.Languages;
import judge.lang.Toolchain;
import judge.compile.Source;
import judge.problem.Design;
import judge.problem.PackageException;
import judge.problem.Param;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.SavedTests;
import judge.problem.Signature;
import judge.problem.TestCase;
import judge.property.FuzzConfig;
import judge.property.FuzzResult;
import judge.property.Fuzzer;
import judge.sandbox.Answer;
import judge.sandbox.Child;
import judge.sandbox.ChildSpec;
import judge.sandbox.RuntimeFiles;
import judge.value.Value;
import judge.value.ValueFormat;

/**
 * Judges one source against one problem: compiles it, runs it in a child JVM test by test, and decides each
 * answer with the problem's checker in this process. The child only ever receives inputs.
 *
 * <p>{@link #submit} runs every test and stops at the first failure, as LeetCode does; its time limits come
 * from the reference solution, timed in its own child while the user's source compiles. {@link #run} runs
 * the statement's examples, or custom inputs whose answers come from the reference, and goes on past a wrong
 * answer so that every case is shown.
 */
public final class Judge {
    /** The reference is trusted; this bound only stops a broken package from hanging the judge. */
    private static final Duration REFERENCE_DEADLINE = Duration.ofSeconds(60);

    /** Mixed into every property seed of submit (see {@link #propertySeed}). */
    static final long SUBMIT_PROPERTY_SALT = 76_2026_1128L;
    static final int SUBMIT_PROPERTY_TRIES = 500;
    private static final Duration SUBMIT_SHRINK_BUDGET = Duration.ofSeconds(10);

    /**
     * Runs what overlaps with judging (compiling, timing the reference). These tasks block on javac and on child
     * processes, so they get threads of their own rather than the common pool, which on a machine with a few
     * cores has fewer threads than parallel grading has such tasks, and would make them wait in line.
     *
     * <p>Its threads never end: a child under bubblewrap dies with the thread that started it
     * ({@code --die-with-parent}), and the reference's child outlives the task that started it (the property
     * phase uses it; grading keeps it for the next submission). There are never more threads than tasks that
     * ran at once.
     */
    private static final ExecutorService BACKGROUND = new ThreadPoolExecutor(0, Integer.MAX_VALUE, Long.MAX_VALUE,
            TimeUnit.NANOSECONDS, new SynchronousQueue<>(), task -> {
                Thread t = new Thread(task, "judge-background");
                t.setDaemon(true);
                return t;
            });

    private final Compiler compiler;
    private final CompileCache cache;
    private final JudgeOptions options;
    private final Path savedTests;
    private final double timeScale;
    private final WarmCache warm;

    public Judge(Compiler compiler, CompileCache cache) {
        this(compiler, cache, JudgeOptions.defaults());
    }

    public Judge(Compiler compiler, CompileCache cache, JudgeOptions options) {
        this(compiler, cache, options, null, 1, null);
    }

    private Judge(Compiler compiler, CompileCache cache, JudgeOptions options, Path savedTests, double timeScale,
            WarmCache warm) {
        this.compiler = compiler;
        this.cache = cache;
        this.options = options;
        this.savedTests = savedTests;
        this.timeScale = timeScale;
        this.warm = warm;
    }

    /** This judge with every time limit {@code factor} times looser: how {@code verify} checks margins. */
    public Judge withTimeLimitsScaled(double factor) {
        return new Judge(compiler, cache, options, savedTests, timeScale * factor, warm);
    }

    /**
     * This judge, keeping each problem's tests and the reference's answers and times on them between submits,
     * and children booted ahead (see {@link WarmCache}): for a long-lived judge that submits the same problems
     * again and again, one solution after another ({@code watch}) or many at once ({@code grade}). Every submit
     * of a problem then gets the time limits of one timing of its reference. Call
     * {@link #releaseWarmChildren()} when done.
     */
    public Judge keepingWarm() {
        return new Judge(compiler, cache, options, savedTests, timeScale, new WarmCache());
    }

    /**
     * This judge, also running the user's own saved tests under {@code root} (see {@link SavedTests}):
     * after the examples in {@code run}, after the hidden tests in {@code submit}.
     */
    public Judge withSavedTests(Path root) {
        return new Judge(compiler, cache, options, root, timeScale, warm);
    }

    public static Judge createDefault() {
        Compiler compiler = new Compiler();
        return new Judge(compiler, new CompileCache(CompileCache.defaultRoot(), compiler));
    }

    /** Every test (examples, then hidden), stopping at the first failure. */
    public Result submit(Problem problem, Source source) {
        return submit(problem, source, JudgingProgress.NONE);
    }

    /** {@link #submit(Problem, Source)}, telling {@code progress} how far it has come. */
    public Result submit(Problem problem, Source source, JudgingProgress progress) {
        AtomicBoolean cancelled = new AtomicBoolean();
        try {
            return judge("submit", problem, source, true, progress, () -> {
                // The reference's child starts booting first, while the tests load: the solution's tests take
                // their limits from the reference's times (StreamedTimes), so a cold reference would lag behind.
                CompletableFuture<List<TestCase>> testsLater = new CompletableFuture<>();
                StreamedTimes times = new StreamedTimes();
                CompletableFuture<ReferenceRun> reference = CompletableFuture.supplyAsync(() -> {
                    try {
                        ReferenceRun run = reference(problem, testsLater, cancelled, times::add);
                        judge.Trace.mark("reference timed");
                        return run;
                    } catch (RuntimeException e) {
                        times.fail(e);
                        throw e;
                    } finally {
                        times.finish();
                    }
                }, BACKGROUND);
                List<TestCase> tests;
                try {
                    tests = warm == null ? submitTests(problem)
                            : warm.tests(problem, savedTests, () -> submitTests(problem));
                } catch (RuntimeException e) {
                    testsLater.completeExceptionally(e);
                    throw e;
                }
                testsLater.complete(tests);
                judge.problem.Limits limits = limits(problem, source);
                return new Pending() {
                    @Override
                    public Plan await() {
                        // No waiting here: each test learns its limit from the reference's time on it, and only
                        // if it runs longer than what is known without it (TestLimit#atLeastMs, StreamedTimes).
                        return new Plan(tests, new TestLimit() {
                            @Override
                            public long ms(int index, double runtimeMs) {
                                return times.limitMs(limits, index, runtimeMs);
                            }

                            @Override
                            public long atLeastMs(int index, double runtimeMs) {
                                return times.atLeastMs(limits, index, runtimeMs);
                            }
                        }, reference);
                    }

                    @Override
                    public void discard() {
                        reference.thenAccept(ref -> release(problem, ref.take()));
                    }
                };
            });
        } finally {
            cancelled.set(true);
        }
    }

    /**
     * The problem's limits for {@code source}: scaled by this judge's factor and by the source's language's
     * factor over the Java reference ({@link judge.problem.Limits#languageFactor}).
     */
    private judge.problem.Limits limits(Problem problem, Source source) {
        Language language = Languages.of(source);
        return problem.limits().scaled(timeScale * problem.limits().languageFactor(language.name(),
                language.defaultTimeFactor()));
    }

    /** Examples, hidden tests and the user's saved tests, checked by the package's validator. */
    private List<TestCase> submitTests(Problem problem) {
        List<TestCase> tests = new ArrayList<>(ProblemLoader.examples(problem));
        tests.addAll(ProblemLoader.hidden(problem));
        tests.addAll(SavedTests.load(savedTests, problem));
        checkInputs(problem, tests);
        return tests;
    }

    /** Stops the children a warm judge keeps booted (see {@link #keepingWarm()}); it stays usable, cold. */
    public void releaseWarmChildren() {
        if (warm != null) {
            warm.close();
        }
    }

    /** How many children a warm judge has booted and waiting. */
    int warmChildren() {
        return warm == null ? 0 : warm.spares();
    }

    /**
     * The statement's examples when {@code custom} is {@code null}; otherwise the custom inputs, with their
     * expected answers computed by the reference solution.
     */
    public Result run(Problem problem, Source source, List<TestCase> custom) {
        return run(problem, source, custom, JudgingProgress.NONE);
    }

    /** {@link #run(Problem, Source, List)}, telling {@code progress} how far it has come. */
    public Result run(Problem problem, Source source, List<TestCase> custom, JudgingProgress progress) {
        return judge("run", problem, source, false, progress, () -> {
            List<TestCase> tests = new ArrayList<>(custom == null ? ProblemLoader.examples(problem) : custom);
            if (custom == null) {
                tests.addAll(SavedTests.load(savedTests, problem));
            }
            checkInputs(problem, tests);
            CompletableFuture<ReferenceRun> reference = custom == null ? null
                    : CompletableFuture.supplyAsync(() -> runReference(problem,
                            CompletableFuture.completedFuture(tests), new AtomicBoolean(), nanos -> { }), BACKGROUND);
            return new Pending() {
                @Override
                public Plan await() {
                    List<TestCase> withAnswers = tests;
                    if (reference != null) {
                        ReferenceRun ref = join(reference);
                        release(problem, ref.take());
                        withAnswers = new ArrayList<>();
                        for (int i = 0; i < tests.size(); i++) {
                            withAnswers.add(tests.get(i).withExpected(ref.outputs().get(i)));
                        }
                    }
                    TimeLimits floors = TimeLimits.floors(limits(problem, source), tests.size());
                    return new Plan(withAnswers, (index, runtimeMs) -> Math.min(floors.forTest(index),
                            Math.max(1, floors.totalMs() - Math.round(runtimeMs))), null);
                }

                @Override
                public void discard() {
                    if (reference != null) {
                        reference.thenAccept(ref -> release(problem, ref.take()));
                    }
                }
            };
        });
    }

    /**
     * The tests to run, their answers and their time limits; in submit also the reference's run (its times,
     * its child kept up for the property phase), which may still be going on when the tests start.
     */
    private record Plan(List<TestCase> tests, TestLimit limit, CompletableFuture<ReferenceRun> reference) {}

    /** A test's time limit, given the time the solution used on the tests before it (the run's limit). */
    private interface TestLimit {
        long ms(int index, double runtimeMs);

        /**
         * At most {@link #ms}, known without waiting: a test starts with it, and learns {@link #ms} only if the
         * call runs longer (a submit's limits come from the reference's times as its child reports them).
         */
        default long atLeastMs(int index, double runtimeMs) {
            return ms(index, runtimeMs);
        }
    }

    /**
     * Prepares a plan in two steps: {@link #start} runs while the source compiles (loading tests, starting the
     * reference), and the {@link Pending} it returns is awaited once the source has compiled.
     */
    private interface Planner {
        Pending start();
    }

    private interface Pending {
        Plan await();

        /** Called instead of {@link #await} when judging ends early: frees whatever {@code start} began. */
        void discard();
    }

    /**
     * The common path of run and submit. To keep a cold judge fast, three things overlap: javac compiles the
     * source, the child JVM that will run it boots (it loads the solution only at the first call), and the
     * planner loads the tests and times the reference.
     */
    private Result judge(String mode, Problem problem, Source source, boolean stopAtFailure, JudgingProgress progress,
            Planner planner) {
        Result.ProblemRef ref = new Result.ProblemRef(problem.id(), problem.slug(), problem.title());
        String file = source.path().toString();
        Language language = Languages.of(source);
        Path work = null;
        Child child = null;
        Plan plan = null;
        Pending pending = null;
        try {
            judge.Trace.mark("judging starts");
            WarmCache.Spare spare = warm == null ? null : warm.takeSpare(WarmCache.solutionKey(problem, language));
            work = spare != null ? spare.classes() : judge.sandbox.Leftovers.tempFolder("judge-classes-");
            Path classes = work;
            RuntimeFiles runtime = RuntimeFiles.get();
            CompletableFuture<CompileResult> compiled = CompletableFuture.supplyAsync(
                    () -> compile(problem, source, classes, mode.equals("run")), BACKGROUND);
            ChildSpec spec = childSpec(language, problem, classes);
            child = spare != null ? spare.child() : Child.start(spec, options.sandbox());
            judge.Trace.mark("child started");
            pending = planner.start();
            Checker checker = checker(problem);
            judge.Trace.mark("checker ready");
            CompileResult compileResult = join(compiled);
            judge.Trace.mark("compiled");
            if (compileResult instanceof CompileResult.Failed failed) {
                return new Result(mode, ref, file, Verdict.COMPILE_ERROR, 0, 0, 0, null, null, List.of(),
                        null, failed.errors(), failed.summary(), source.notes(), null, language.name());
            }
            progress.compiled();
            plan = pending.await();
            judge.Trace.mark("tests ready");
            return runTests(mode, ref, source, problem, plan, checker, spec, child, stopAtFailure, progress);
        } catch (JudgeException e) {
            return internalError(mode, ref, file, e.getMessage(), language);
        } catch (IOException e) {
            return internalError(mode, ref, file, "cannot create a working folder: " + e.getMessage(), language);
        } catch (UncheckedIOException e) {
            return internalError(mode, ref, file, e.getMessage() + ": " + e.getCause().getMessage(), language);
        } finally {
            if (child != null) {
                child.close();
            }
            if (plan != null && plan.reference() != null) {
                // Done by now, unless judging ended early; then the reference stops at its next test.
                plan.reference().thenAccept(run -> release(problem, run.take()));
            } else if (plan == null && pending != null) {
                pending.discard();
            }
            RuntimeFiles.deleteTree(work);
            if (warm != null) {
                String key = WarmCache.solutionKey(problem, language);
                warm.keepSpares(key, WarmCache.max(key), () -> {
                    Path next = judge.sandbox.Leftovers.tempFolder("judge-classes-");
                    return new WarmCache.Spare(next, Child.start(childSpec(language, problem, next), options.sandbox()));
                });
            }
        }
    }

    /**
     * Applies the package's input validator, if it has one, to every test: an input that breaks the
     * problem's rules is bad input (a package's or a user's), reported with where it came from.
     */
    private void checkInputs(Problem problem, List<TestCase> tests) {
        InputValidator validator = validator(problem);
        if (validator == null) {
            return;
        }
        for (TestCase test : tests) {
            String violation;
            try {
                violation = validator.violation(test.input());
            } catch (RuntimeException e) {
                throw new JudgeException("the problem's input validator failed on " + test.origin() + ": " + e);
            }
            if (violation != null) {
                throw new PackageException(test.origin() + " (" + test.name() + "): the input breaks a rule of the"
                        + " problem: " + violation);
            }
        }
    }

    /** The sandbox this judge's children run in. */
    public judge.sandbox.Sandbox sandbox() {
        return options.sandbox();
    }

    /** The package's input validator, or {@code null}; one that does not compile is an internal error. */
    public InputValidator validator(Problem problem) {
        try {
            return Checkers.validator(problem, cache);
        } catch (PackageException e) {
            throw new JudgeException(e.getMessage());
        }
    }

    /**
     * Compiles a user's source into {@code classes}, checking the problem's signature and, unless turned off, the
     * APIs its classes use.
     */
    public CompileResult compile(Problem problem, Source source, Path classes) {
        return compile(problem, source, classes, false);
    }

    /** {@link #compile(Problem, Source, Path)}, a checked build when {@code checked} (run, fuzz: {@link Toolchain}). */
    public CompileResult compile(Problem problem, Source source, Path classes, boolean checked) {
        return Languages.of(source).compile(problem, source, classes,
                new Toolchain(compiler, options.scanClasses(), checked));
    }

    /** A checker that does not compile or load is the package's fault: an internal error, not bad input. */
    public Checker checker(Problem problem) {
        try {
            return Checkers.forProblem(problem, cache);
        } catch (PackageException e) {
            throw new JudgeException(e.getMessage());
        }
    }

    /**
     * How to start a Java child that runs the classes in {@code classes} for {@code problem} (the reference's).
     */
    public static ChildSpec childSpec(Problem problem, Path classes) {
        return childSpec(Languages.java(), problem, classes);
    }

    /**
     * How to start a child of {@code language} that runs the solution in {@code classes} for {@code problem}.
     * For Java, the solution's classes come before the API's, so that a solution declaring its own
     * {@code ListNode} keeps it.
     */
    public static ChildSpec childSpec(Language language, Problem problem, Path classes) {
        RuntimeFiles runtime = RuntimeFiles.get();
        Signature sig = problem.signature();
        List<List<String>> design = new ArrayList<>();
        List<String> types = new ArrayList<>();
        if (sig.isDesign()) {
            design.add(member(sig.className(), sig.design().constructor()));
            for (Design.Method m : sig.design().methods()) {
                design.add(member(m.name(), m.params()));
            }
        } else {
            sig.methodParams().forEach(p -> types.add(p.type().javaName()));
            types.add(sig.returnsJavaName());
        }
        List<Integer> state = new ArrayList<>();
        for (int i = 0; sig.api() != null && i < sig.params().size(); i++) {
            if (sig.api().isState(sig.params().get(i).name())) {
                state.add(i);
            }
        }
        List<Integer> cycle = new ArrayList<>();
        for (int i = 0; sig.cycle() != null && i < sig.params().size(); i++) {
            String name = sig.params().get(i).name();
            if (name.equals(sig.cycle().list())) {
                cycle.add(0, i);
            } else if (name.equals(sig.cycle().pos())) {
                cycle.add(i);
            }
        }
        if (sig.cycle() != null) {
            cycle.add(sig.cycle().returnsNode() ? 1 : 0);
        }
        List<Integer> nodes = new ArrayList<>();
        if (sig.nodes() != null) {
            List<String> names = sig.params().stream().map(judge.problem.Param::name).toList();
            nodes.add(names.indexOf(sig.nodes().tree()));
            nodes.add(sig.nodes().returnsNode() ? 1 : 0);
            sig.nodes().refs().forEach(ref -> nodes.add(names.indexOf(ref)));
        }
        ChildSpec.Shape shape = new ChildSpec.Shape(sig.answerIndex(), sig.api() == null ? "" : sig.api().className(),
                state, cycle, nodes, sig.codec() == null ? "" : sig.codec().decode());
        return new ChildSpec(List.of(runtime.runner(), classes, runtime.api()), sig.className(),
                sig.isDesign() ? "" : sig.method(), classes, problem.limits().memoryMb(), ChildSpec.DEFAULT_KEEP_OUTPUT,
                ChildSpec.DEFAULT_OUTPUT_LIMIT, design, types, language, shape);
    }

    private static List<String> member(String name, List<Param> params) {
        List<String> member = new ArrayList<>();
        member.add(name);
        params.forEach(p -> member.add(p.type().javaName()));
        return member;
    }

    /**
     * {@code failure}, a crash of a plain build, with what the language's checked build says when it reruns that
     * one test (C++: the sanitizers' report at the user's line, as LeetCode shows it); unchanged when the checked
     * build does not say more.
     */
    private TestResult explainCrash(Problem problem, Source source, TestCase test, TestResult failure, int status,
            Checker checker) {
        Language language = Languages.of(source);
        Path dir = null;
        try {
            dir = judge.sandbox.Leftovers.tempFolder("judge-checked-");
            if (!(compile(problem, source, dir, true) instanceof CompileResult.Compiled)) {
                return failure;
            }
            ChildSpec spec = childSpec(language, problem, dir);
            Answer answer;
            try (Child child = Child.start(spec, options.sandbox())) {
                // Checked builds run some times slower: room enough for the one test that crashed.
                answer = child.call(test.input(), Duration.ofMillis(4 * failure.timeLimitMs() + 2000));
            }
            // The checks said something when the checked build ended otherwise (an AddressSanitizer report comes
            // as an exception, UndefinedBehaviorSanitizer's as its own exit status with the report printed).
            if (!(answer instanceof Answer.Threw) && !(answer instanceof Answer.Exited e && e.status() != status)) {
                return failure;
            }
            TestResult checked = Evaluation.of(test, answer, failure.timeLimitMs(), checker,
                    source.path().getFileName().toString(), problem.limits().memoryMb(), language);
            // AddressSanitizer's report is the exception's text (what it also printed would say it twice);
            // UndefinedBehaviorSanitizer's is what it printed.
            String report = checked.message() + (answer instanceof Answer.Threw || checked.stdout() == null
                    || checked.stdout().isBlank() ? "" : "\n" + checked.stdout().strip());
            String message = (failure.message() == null ? "" : failure.message() + "\n\n") + "Rerun of this test with "
                    + language.crashExplainedBy() + " (as LeetCode builds " + language.title() + "):\n" + report;
            return failure.withMessage(message);
        } catch (IOException | RuntimeException e) {
            return failure;
        } finally {
            RuntimeFiles.deleteTree(dir);
        }
    }

    /** A result judged on the known part of its test's limit: its place in the results, its test, the time before. */
    private record Unsettled(int result, int test, double runtimeBeforeMs) {}

    private Result runTests(String mode, Result.ProblemRef ref, Source source, Problem problem, Plan plan,
            Checker checker, ChildSpec spec, Child started, boolean stopAtFailure, JudgingProgress progress) {
        List<TestCase> tests = plan.tests();
        List<TestResult> results = new ArrayList<>();
        double runtimeMs = 0;
        long memoryKb = 0;
        int passed = 0;
        TestResult failure = null;
        List<Unsettled> unsettled = new ArrayList<>();
        int failedTest = -1;
        Answer failedAnswer = null;
        Child child = started;
        try {
            for (int i = 0; i < tests.size(); i++) {
                TestCase test = tests.get(i);
                if (!child.isAlive()) {
                    child.close();
                    child = Child.start(spec, options.sandbox());
                }
                // The call starts with the part of its limit known now and learns the rest only if it runs longer,
                // so the solution's tests need not wait for the reference's (TestLimit#atLeastMs).
                int index = i;
                double before = runtimeMs;
                long atLeastMs = plan.limit().atLeastMs(i, runtimeMs);
                Answer answer = child.call(test.input(), Duration.ofMillis(atLeastMs + graceMs(atLeastMs)), () -> {
                    long ms = plan.limit().ms(index, before);
                    return Duration.ofMillis(ms + graceMs(ms));
                });
                memoryKb = Math.max(memoryKb, child.peakMemoryKb());
                Double ran = answer instanceof Answer.Returned r ? Double.valueOf(r.nanos() / 1e6)
                        : answer instanceof Answer.Threw t ? Double.valueOf(t.nanos() / 1e6) : null;
                boolean withinKnown = ran != null && ran <= atLeastMs;
                long limitMs = withinKnown ? atLeastMs : plan.limit().ms(i, runtimeMs);
                TestResult result = Evaluation.of(test, answer, limitMs, checker, source.path().getFileName().toString(),
                        problem.limits().memoryMb(), spec.language(), !stopAtFailure);
                if (withinKnown) {
                    // Its verdict holds whatever the rest of the limit; the report gets the limit itself below.
                    unsettled.add(new Unsettled(results.size(), i, before));
                }
                if (result.runtimeMs() != null) {
                    runtimeMs += result.runtimeMs();
                }
                results.add(result);
                progress.tested(i + 1, tests.size());
                if (result.verdict().isAccepted()) {
                    passed++;
                } else {
                    if (failure == null) {
                        failure = result;
                        failedTest = i;
                        failedAnswer = answer;
                    }
                    if (stopAtFailure || !isRecoverable(result.verdict())) {
                        break;
                    }
                }
            }
            for (Unsettled u : unsettled) {
                TestResult r = results.get(u.result());
                TestResult exact = r.withTimeLimitMs(plan.limit().ms(u.test(), u.runtimeBeforeMs()));
                results.set(u.result(), exact);
                if (failure == r) {
                    failure = exact;
                }
            }
            if (failedAnswer instanceof Answer.Exited && mode.equals("submit")
                    && spec.language().crashExplainedBy() != null) {
                TestResult explained = explainCrash(problem, source, tests.get(failedTest), failure,
                        ((Answer.Exited) failedAnswer).status(), checker);
                results.set(results.indexOf(failure), explained);
                failure = explained;
            }
            if (plan.reference() != null && failure == null) {
                // Submit ends with the property phase, counted as one more test.
                judge.Trace.mark("tests done");
                progress.propertyPhase();
                TestResult property = propertyPhase(problem, checker, spec, child, join(plan.reference()), source);
                judge.Trace.mark("property phase done");
                results.add(property);
                if (property.verdict().isAccepted()) {
                    passed++;
                } else {
                    failure = property;
                }
            }
        } finally {
            if (child != started) {
                child.close();
            }
        }
        if (failure != null && plan.reference() != null) {
            // Submit: the report shows the failing test's input and no other (OtherInputs).
            TestResult shown = OtherInputs.redact(failure, tests);
            results.set(results.indexOf(failure), shown);
            failure = shown;
        }
        if (stopAtFailure) {
            results = withoutPassedDetails(results);
        }
        int total = tests.size() + (plan.reference() != null ? 1 : 0);
        // Submit reports the reference's time whatever the verdict; and a reference that failed on a later
        // test makes the package broken (an internal error), not this solution's verdict.
        Double referenceMs = plan.reference() == null ? null : join(plan.reference()).totalMs();
        Verdict verdict = failure == null ? Verdict.ACCEPTED : failure.verdict();
        String message = failure == null ? null : failure.message();
        return new Result(mode, ref, source.path().toString(), verdict, passed, total, runtimeMs,
                memoryKb == 0 ? null : memoryKb / 1024.0, referenceMs, results, failure, List.of(), message,
                source.notes(), results.size() > tests.size() ? propertySeed(problem, source) : null,
                source.language());
    }

    /**
     * Tries the solution on {@value #SUBMIT_PROPERTY_TRIES} inputs drawn from the problem's constraints with
     * a fixed seed, against the reference, so that a solution that fails only where the hidden tests do not
     * look is still caught; a failure is shrunk and reported like any failing test. It goes on in the warm
     * children that ran the tests and timed the reference.
     */
    private TestResult propertyPhase(Problem problem, Checker checker, ChildSpec userSpec, Child user,
            ReferenceRun reference, Source source) {
        FuzzConfig config = new FuzzConfig(propertySeed(problem, source), SUBMIT_PROPERTY_TRIES, Duration.ofSeconds(60),
                FuzzConfig.DEFAULT_MAX_SIZE, SUBMIT_SHRINK_BUDGET);
        try (Fuzzer fuzzer = new Fuzzer(problem, checker, validator(problem), userSpec, reference.spec(), sandbox(),
                source.path().getFileName().toString(), user, reference.take())) {
            FuzzResult result;
            try {
                result = fuzzer.run(config, done -> { });
            } finally {
                release(problem, fuzzer.takeReference());
            }
            if (result.status() == FuzzResult.Status.PASSED) {
                String name = "property (seed " + config.seed() + ", " + result.tries() + " random tries)";
                return new TestResult(name, Verdict.ACCEPTED, null, problem.limits().testFloorMs(), List.of(), null,
                        null, null, null);
            }
            TestResult c = result.counterexample();
            String name = "property (seed " + config.seed() + ", random try " + result.tries() + ")";
            return new TestResult(name, c.verdict(), c.runtimeMs(), c.timeLimitMs(), c.input(), c.expected(),
                    c.output(), c.message() + "\n(a random input, shrunk from size " + result.originalSize() + " to "
                    + result.counterexampleSize() + ")", c.stdout(), c.truncated());
        }
    }

    /**
     * Submit's tests as a result keeps them: only the failing test shows its input, expected answer, output
     * and printing; a passed test (a hidden one, most often) keeps its name, verdict and time. So nothing a
     * solution saw on a passed test (nor anything it printed there) reaches a report.
     */
    private static List<TestResult> withoutPassedDetails(List<TestResult> results) {
        List<TestResult> kept = new ArrayList<>(results.size());
        for (TestResult t : results) {
            kept.add(t.verdict().isAccepted() ? new TestResult(t.name(), t.verdict(), t.runtimeMs(), t.timeLimitMs(),
                    List.of(), null, null, t.message(), null) : t);
        }
        return kept;
    }

    /**
     * The seed of submit's property phase for {@code source} on {@code problem}: a hash of the source's content
     * and of the package (its id and slug), so that a submission's verdict is reproducible, while a solution
     * cannot learn the inputs of one run and answer them from a table in the next (any change to the source
     * draws other inputs).
     */
    public static long propertySeed(Problem problem, Source source) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(source.original().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(("\0" + problem.id() + "\0" + problem.slug() + "\0" + SUBMIT_PROPERTY_SALT)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(sha.digest()).getLong() & Long.MAX_VALUE;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After these the child is still healthy and the next example can run in it. */
    private static boolean isRecoverable(Verdict verdict) {
        return verdict == Verdict.WRONG_ANSWER || verdict == Verdict.RUNTIME_ERROR;
    }

    /** How long past its limit a call may run before the judge kills it rather than waiting for its own time. */
    public static long graceMs(long limitMs) {
        return 250 + limitMs / 4;
    }

    private static Result internalError(String mode, Result.ProblemRef ref, String file, String message,
            Language language) {
        return new Result(mode, ref, file, Verdict.INTERNAL_ERROR, 0, 0, 0, null, null, List.of(), null, List.of(),
                message, List.of(), null, language.name());
    }

    // ---- the reference solution ----

    /**
     * The reference's time and answer on each test, and the child that ran them, lent to the property phase
     * and then given back with {@link #release}.
     */
    static final class ReferenceRun {
        private final List<Long> nanos;
        private final List<Value> outputs;
        private final ChildSpec spec;
        private Child child;

        ReferenceRun(List<Long> nanos, List<Value> outputs, Child child, ChildSpec spec) {
            this.nanos = List.copyOf(nanos);
            this.outputs = List.copyOf(outputs);
            this.child = child;
            this.spec = spec;
        }

        List<Long> nanos() {
            return nanos;
        }

        List<Value> outputs() {
            return outputs;
        }

        ChildSpec spec() {
            return spec;
        }

        double totalMs() {
            return nanos.stream().mapToLong(Long::longValue).sum() / 1e6;
        }

        /** The child, once; {@code null} after that. */
        synchronized Child take() {
            Child c = child;
            child = null;
            return c;
        }
    }

    /**
     * The reference's run for submit. A cold judge times it on {@code tests} in a child of its own. A warm one
     * does that once per version of the package, in the first submit that asks (the others wait for it), and
     * then hands every submit those times and answers with a booted reference child for its property phase.
     */
    private ReferenceRun reference(Problem problem, CompletableFuture<List<TestCase>> testsLater,
            AtomicBoolean cancelled, LongConsumer onTime) {
        if (warm == null) {
            return runReference(problem, testsLater, cancelled, onTime);
        }
        List<TestCase> tests = join(testsLater);
        WarmCache.Timing timing = warm.timing(problem, tests);
        if (timing.claim()) {
            // Run to the end even if this submit stops early: the times are every later submit's limits.
            try {
                ReferenceRun run = runReference(problem, testsLater, new AtomicBoolean(), onTime);
                timing.complete(new WarmCache.ReferenceTimes(run.nanos(), run.outputs()));
                return run;
            } catch (RuntimeException e) {
                timing.fail(e);
                throw e;
            }
        }
        WarmCache.ReferenceTimes known = timing.await();
        known.nanos().forEach(onTime::accept);
        ChildSpec spec = childSpec(problem, referenceClasses(problem));
        String key = WarmCache.referenceKey(problem, spec);
        WarmCache.Spare spare = warm.takeSpare(key);
        Child child = spare != null ? spare.child() : Child.start(spec, options.sandbox());
        warm.keepSpares(key, WarmCache.max(key), () -> new WarmCache.Spare(null, Child.start(spec, options.sandbox())));
        return new ReferenceRun(known.nanos(), known.outputs(), child, spec);
    }

    /**
     * A reference child that is done with: a warm judge keeps it, healthy, for the next submit of the problem
     * (the reference is trusted, so its child may serve many); otherwise it ends.
     */
    private void release(Problem problem, Child child) {
        if (child == null) {
            return;
        }
        if (warm != null && child.isAlive()) {
            warm.giveBack(WarmCache.referenceKey(problem, child.spec()), child);
        } else {
            child.close();
        }
    }

    /** The reference solution's classes, compiled once and cached. */
    public Path referenceClasses(Problem problem) {
        Path file = problem.referenceSource();
        Source source = Source.of(ProblemLoader.shown(file), judge.problem.TextFiles.readUtf8(file,
                ProblemLoader.shown(file)));
        CompileResult compiled = cache.compiled(source, List.of(RuntimeFiles.get().api()));
        if (compiled instanceof CompileResult.Failed failed) {
            throw new JudgeException(file + ": the reference solution does not compile: " + failed.summary()
                    + (failed.errors().isEmpty() ? "" : "\n" + failed.errors().get(0).render(file.toString())));
        }
        return ((CompileResult.Compiled) compiled).classes();
    }

    /**
     * Runs the reference on the tests in a child of its own, giving {@code onTime} each time as it comes. The
     * child starts before the tests are loaded ({@code testsLater}), so that its JVM boots meanwhile.
     */
    private ReferenceRun runReference(Problem problem, CompletableFuture<List<TestCase>> testsLater,
            AtomicBoolean cancelled, LongConsumer onTime) {
        ChildSpec spec = childSpec(problem, referenceClasses(problem));
        List<Long> nanos = new ArrayList<>();
        List<Value> outputs = new ArrayList<>();
        Child child = Child.start(spec, options.sandbox());
        try {
            for (TestCase test : join(testsLater)) {
                if (cancelled.get()) {
                    break;
                }
                Answer answer = child.call(test.input(), REFERENCE_DEADLINE);
                if (!(answer instanceof Answer.Returned r)) {
                    throw new JudgeException("the reference solution failed on test " + test.name() + " ("
                            + test.origin() + "): " + describe(answer));
                }
                nanos.add(r.nanos());
                outputs.add(ValueFormat.parse(r.output()));
                onTime.accept(r.nanos());
            }
        } catch (RuntimeException e) {
            child.close();
            throw e;
        }
        if (cancelled.get()) {
            child.close();
        }
        return new ReferenceRun(nanos, outputs, child, spec);
    }

    private static String describe(Answer answer) {
        if (answer instanceof Answer.Threw t) {
            return t.exception() + ": " + t.message();
        }
        return answer.getClass().getSimpleName();
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
