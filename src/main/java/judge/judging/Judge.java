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
import java.util.concurrent.atomic.AtomicBoolean;
import judge.check.CheckResult;
import judge.check.Checker;
import judge.check.Checkers;
import judge.compile.ClassScan;
import judge.compile.CompileCache;
import judge.compile.CompileResult;
import judge.compile.Compiler;
import judge.compile.Source;
import judge.problem.PackageException;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.TestCase;
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

    private final Compiler compiler;
    private final CompileCache cache;
    private final JudgeOptions options;

    public Judge(Compiler compiler, CompileCache cache) {
        this(compiler, cache, JudgeOptions.defaults());
    }

    public Judge(Compiler compiler, CompileCache cache, JudgeOptions options) {
        this.compiler = compiler;
        this.cache = cache;
        this.options = options;
    }

    public static Judge createDefault() {
        Compiler compiler = new Compiler();
        return new Judge(compiler, new CompileCache(CompileCache.defaultRoot(), compiler));
    }

    /** Every test (examples, then hidden), stopping at the first failure. */
    public Result submit(Problem problem, Source source) {
        AtomicBoolean cancelled = new AtomicBoolean();
        try {
            return judge("submit", problem, source, true, () -> {
                List<TestCase> tests = new ArrayList<>(ProblemLoader.examples(problem));
                tests.addAll(ProblemLoader.hidden(problem));
                CompletableFuture<ReferenceRun> reference = CompletableFuture.supplyAsync(
                        () -> runReference(problem, tests, cancelled));
                return () -> {
                    ReferenceRun ref = join(reference);
                    return new Plan(TimeLimits.forReference(problem.limits(), ref.nanos()), tests, ref.totalMs());
                };
            });
        } finally {
            cancelled.set(true);
        }
    }

    /**
     * The statement's examples when {@code custom} is {@code null}; otherwise the custom inputs, with their
     * expected answers computed by the reference solution.
     */
    public Result run(Problem problem, Source source, List<TestCase> custom) {
        return judge("run", problem, source, false, () -> {
            List<TestCase> tests = custom == null ? ProblemLoader.examples(problem) : custom;
            CompletableFuture<ReferenceRun> reference = custom == null ? null
                    : CompletableFuture.supplyAsync(() -> runReference(problem, tests, new AtomicBoolean()));
            return () -> {
                List<TestCase> withAnswers = tests;
                if (reference != null) {
                    ReferenceRun ref = join(reference);
                    withAnswers = new ArrayList<>();
                    for (int i = 0; i < tests.size(); i++) {
                        withAnswers.add(tests.get(i).withExpected(ref.outputs().get(i)));
                    }
                }
                return new Plan(TimeLimits.floors(problem.limits(), tests.size()), withAnswers, null);
            };
        });
    }

    /** The tests to run, their answers and their time limits. */
    private record Plan(TimeLimits limits, List<TestCase> tests, Double referenceMs) {}

    /**
     * Prepares a plan in two steps: {@link #start} runs while the source compiles (loading tests, starting the
     * reference), and the {@link Pending} it returns is awaited once the source has compiled.
     */
    private interface Planner {
        Pending start();
    }

    private interface Pending {
        Plan await();
    }

    /**
     * The common path of run and submit. To keep a cold judge fast, three things overlap: javac compiles the
     * source, the child JVM that will run it boots (it loads the solution only at the first call), and the
     * planner loads the tests and times the reference.
     */
    private Result judge(String mode, Problem problem, Source source, boolean stopAtFailure, Planner planner) {
        Result.ProblemRef ref = new Result.ProblemRef(problem.id(), problem.slug(), problem.title());
        String file = source.path().toString();
        Path work = null;
        Child child = null;
        try {
            work = Files.createTempDirectory("judge-classes-");
            Path classes = work;
            RuntimeFiles runtime = RuntimeFiles.get();
            CompletableFuture<CompileResult> compiled = CompletableFuture.supplyAsync(
                    () -> compile(problem, source, classes));
            ChildSpec spec = childSpec(problem, classes);
            child = Child.start(spec, options.sandbox());
            Pending pending = planner.start();
            Checker checker = checker(problem);
            if (join(compiled) instanceof CompileResult.Failed failed) {
                return new Result(mode, ref, file, Verdict.COMPILE_ERROR, 0, 0, 0, null, null, List.of(),
                        null, failed.errors(), failed.summary());
            }
            Plan plan = pending.await();
            return runTests(mode, ref, source, problem, plan, checker, spec, child, stopAtFailure);
        } catch (JudgeException e) {
            return internalError(mode, ref, file, e.getMessage());
        } catch (IOException e) {
            return internalError(mode, ref, file, "cannot create a working folder: " + e.getMessage());
        } catch (UncheckedIOException e) {
            return internalError(mode, ref, file, e.getMessage() + ": " + e.getCause().getMessage());
        } finally {
            if (child != null) {
                child.close();
            }
            RuntimeFiles.deleteTree(work);
        }
    }

    /**
     * Compiles a user's source into {@code classes}, checking the problem's signature and, unless turned off, the
     * APIs its classes use.
     */
    public CompileResult compile(Problem problem, Source source, Path classes) {
        CompileResult compiled = compiler.compile(source, problem.signature(), classes,
                List.of(RuntimeFiles.get().api()));
        return options.scanClasses() ? ClassScan.check(compiled, source) : compiled;
    }

    /** A checker that does not compile or load is the package's fault: an internal error, not bad input. */
    private Checker checker(Problem problem) {
        try {
            return Checkers.forProblem(problem, cache);
        } catch (PackageException e) {
            throw new JudgeException(e.getMessage());
        }
    }

    private static ChildSpec childSpec(Problem problem, Path classes) {
        RuntimeFiles runtime = RuntimeFiles.get();
        return new ChildSpec(List.of(runtime.runner(), runtime.api(), classes), problem.signature().className(),
                problem.signature().method(), classes, problem.limits().memoryMb(), ChildSpec.DEFAULT_KEEP_OUTPUT,
                ChildSpec.DEFAULT_OUTPUT_LIMIT);
    }

    private Result runTests(String mode, Result.ProblemRef ref, Source source, Problem problem, Plan plan,
            Checker checker, ChildSpec spec, Child started, boolean stopAtFailure) {
        List<TestCase> tests = plan.tests();
        List<TestResult> results = new ArrayList<>();
        double runtimeMs = 0;
        long memoryKb = 0;
        int passed = 0;
        TestResult failure = null;
        Child child = started;
        try {
            for (int i = 0; i < tests.size(); i++) {
                TestCase test = tests.get(i);
                if (!child.isAlive()) {
                    child.close();
                    child = Child.start(spec, options.sandbox());
                }
                long remainingMs = Math.max(1, plan.limits().totalMs() - Math.round(runtimeMs));
                long limitMs = Math.min(plan.limits().forTest(i), remainingMs);
                Answer answer = child.call(test.input(), Duration.ofMillis(limitMs + graceMs(limitMs)));
                memoryKb = Math.max(memoryKb, child.peakMemoryKb());
                TestResult result = evaluate(test, answer, limitMs, checker, source, problem.limits().memoryMb());
                if (result.runtimeMs() != null) {
                    runtimeMs += result.runtimeMs();
                }
                results.add(result);
                if (result.verdict().isAccepted()) {
                    passed++;
                } else {
                    if (failure == null) {
                        failure = result;
                    }
                    if (stopAtFailure || !isRecoverable(result.verdict())) {
                        break;
                    }
                }
            }
        } finally {
            if (child != started) {
                child.close();
            }
        }
        Verdict verdict = failure == null ? Verdict.ACCEPTED : failure.verdict();
        String message = failure == null ? null : failure.message();
        return new Result(mode, ref, source.path().toString(), verdict, passed, tests.size(), runtimeMs,
                memoryKb == 0 ? null : memoryKb / 1024.0, plan.referenceMs(), results, failure, List.of(), message);
    }

    /** After these the child is still healthy and the next example can run in it. */
    private static boolean isRecoverable(Verdict verdict) {
        return verdict == Verdict.WRONG_ANSWER || verdict == Verdict.RUNTIME_ERROR;
    }

    /** How long past its limit a call may run before the judge kills it rather than waiting for its own time. */
    static long graceMs(long limitMs) {
        return 250 + limitMs / 4;
    }

    private TestResult evaluate(TestCase test, Answer answer, long limitMs, Checker checker, Source source,
            int memoryMb) {
        List<String> input = test.input().stream().map(ValueFormat::format).toList();
        String expected = test.expected() == null ? null : test.expected().format();
        if (answer instanceof Answer.Returned r) {
            double ms = r.nanos() / 1e6;
            if (ms > limitMs) {
                return new TestResult(test.name(), Verdict.TIME_LIMIT_EXCEEDED, ms, limitMs, input, expected, null,
                        String.format("took %.0f ms; the limit for this test is %d ms", ms, limitMs), r.stdout());
            }
            Value output = ValueFormat.parse(r.output());
            CheckResult check;
            try {
                check = checker.check(test.input(), test.expected(), output);
            } catch (RuntimeException e) {
                throw new JudgeException("the problem's checker failed on test " + test.name() + ": " + e);
            }
            if (check instanceof CheckResult.Rejected rejected) {
                return new TestResult(test.name(), Verdict.WRONG_ANSWER, ms, limitMs, input, expected, r.output(),
                        rejected.message(), r.stdout());
            }
            return new TestResult(test.name(), Verdict.ACCEPTED, ms, limitMs, input, expected, r.output(), null,
                    r.stdout());
        }
        if (answer instanceof Answer.Threw t) {
            double ms = t.nanos() / 1e6;
            StringBuilder message = new StringBuilder(t.exception());
            if (!t.message().isEmpty()) {
                message.append(": ").append(t.message());
            }
            String fileName = source.path().getFileName().toString();
            for (Answer.StackFrame frame : t.frames()) {
                message.append("\n  at ").append(frame.className()).append('.').append(frame.method())
                        .append('(').append(fileName).append(':').append(frame.line()).append(')');
            }
            Verdict verdict = ms > limitMs ? Verdict.TIME_LIMIT_EXCEEDED : Verdict.RUNTIME_ERROR;
            return new TestResult(test.name(), verdict, ms, limitMs, input, expected, null, message.toString(),
                    t.stdout());
        }
        if (answer instanceof Answer.TimedOut t) {
            return new TestResult(test.name(), Verdict.TIME_LIMIT_EXCEEDED, null, limitMs, input, expected, null,
                    String.format("still running after %.0f ms; the limit for this test is %d ms", t.waitedNanos() / 1e6,
                            limitMs), t.stdout());
        }
        if (answer instanceof Answer.OutOfMemory m) {
            return new TestResult(test.name(), Verdict.MEMORY_LIMIT_EXCEEDED, null, limitMs, input, expected, null,
                    "java.lang.OutOfMemoryError: the solution needed more than the " + memoryMb + " MB heap limit", m.stdout());
        }
        if (answer instanceof Answer.OutputLimit o) {
            return new TestResult(test.name(), Verdict.OUTPUT_LIMIT_EXCEEDED, null, limitMs, input, expected, null,
                    "the solution printed more than " + (ChildSpec.DEFAULT_OUTPUT_LIMIT >> 20) + " MB", o.stdout());
        }
        if (answer instanceof Answer.Exited e) {
            String why = e.status() > 128
                    ? "the JVM running the solution was killed by signal " + (e.status() - 128)
                    : "the solution ended the JVM with status " + e.status() + " (System.exit or Runtime.halt)"
                      + " before returning";
            return new TestResult(test.name(), Verdict.RUNTIME_ERROR, null, limitMs, input, expected, null, why,
                    e.stdout());
        }
        Answer.Broken b = (Answer.Broken) answer;
        if (b.message().startsWith("runner:")) {
            throw new JudgeException("the runner failed on test " + test.name() + ": " + b.message());
        }
        return new TestResult(test.name(), Verdict.RUNTIME_ERROR, null, limitMs, input, expected, null, b.message(),
                b.stdout());
    }

    private static Result internalError(String mode, Result.ProblemRef ref, String file, String message) {
        return new Result(mode, ref, file, Verdict.INTERNAL_ERROR, 0, 0, 0, null, null, List.of(), null, List.of(),
                message);
    }

    // ---- the reference solution ----

    private record ReferenceRun(List<Long> nanos, List<Value> outputs) {
        double totalMs() {
            return nanos.stream().mapToLong(Long::longValue).sum() / 1e6;
        }
    }

    private ReferenceRun runReference(Problem problem, List<TestCase> tests, AtomicBoolean cancelled) {
        Path file = problem.referenceSource();
        Source source = Source.of(ProblemLoader.shown(file), judge.problem.TextFiles.readUtf8(file,
                ProblemLoader.shown(file)));
        CompileResult compiled = cache.compiled(source, List.of(RuntimeFiles.get().api()));
        if (compiled instanceof CompileResult.Failed failed) {
            throw new JudgeException(file + ": the reference solution does not compile: " + failed.summary()
                    + (failed.errors().isEmpty() ? "" : "\n" + failed.errors().get(0).render(file.toString())));
        }
        ChildSpec spec = childSpec(problem, ((CompileResult.Compiled) compiled).classes());
        List<Long> nanos = new ArrayList<>();
        List<Value> outputs = new ArrayList<>();
        try (Child child = Child.start(spec, options.sandbox())) {
            for (TestCase test : tests) {
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
            }
        }
        return new ReferenceRun(nanos, outputs);
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
