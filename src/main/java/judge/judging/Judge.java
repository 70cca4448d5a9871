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
import java.util.stream.Stream;
import judge.check.CheckResult;
import judge.check.Checker;
import judge.check.Checkers;
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

    public Judge(Compiler compiler, CompileCache cache) {
        this.compiler = compiler;
        this.cache = cache;
    }

    public static Judge createDefault() {
        Compiler compiler = new Compiler();
        return new Judge(compiler, new CompileCache(CompileCache.defaultRoot(), compiler));
    }

    /** Every test (examples, then hidden), stopping at the first failure. */
    public Result submit(Problem problem, Source source) {
        List<TestCase> tests = new ArrayList<>(ProblemLoader.examples(problem));
        tests.addAll(ProblemLoader.hidden(problem));
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<ReferenceRun> reference = CompletableFuture.supplyAsync(
                () -> runReference(problem, tests, cancelled));
        try {
            return judge("submit", problem, source, tests, true, () -> {
                ReferenceRun ref = join(reference);
                return new Plan(TimeLimits.forReference(problem.limits(), ref.nanos()), tests, ref.totalMs());
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
        List<TestCase> tests = custom == null ? ProblemLoader.examples(problem) : custom;
        CompletableFuture<ReferenceRun> reference = custom == null ? null
                : CompletableFuture.supplyAsync(() -> runReference(problem, tests, new AtomicBoolean()));
        return judge("run", problem, source, tests, false, () -> {
            List<TestCase> withAnswers = tests;
            if (reference != null) {
                ReferenceRun ref = join(reference);
                withAnswers = new ArrayList<>();
                for (int i = 0; i < tests.size(); i++) {
                    withAnswers.add(tests.get(i).withExpected(ref.outputs().get(i)));
                }
            }
            return new Plan(TimeLimits.floors(problem.limits(), tests.size()), withAnswers, null);
        });
    }

    private record Plan(TimeLimits limits, List<TestCase> tests, Double referenceMs) {}

    private interface Planner {
        Plan plan();
    }

    private Result judge(String mode, Problem problem, Source source, List<TestCase> tests, boolean stopAtFailure,
            Planner planner) {
        Result.ProblemRef ref = new Result.ProblemRef(problem.id(), problem.slug(), problem.title());
        String file = source.path().toString();
        Path work = null;
        try {
            work = Files.createTempDirectory("judge-classes-");
            Checker checker = Checkers.forProblem(problem, cache);
            CompileResult compiled = compiler.compile(source, problem.signature(), work,
                    List.of(RuntimeFiles.get().api()));
            if (compiled instanceof CompileResult.Failed failed) {
                return new Result(mode, ref, file, Verdict.COMPILE_ERROR, 0, tests.size(), 0, null, null, List.of(),
                        null, failed.errors(), failed.summary());
            }
            Plan plan = planner.plan();
            return runTests(mode, ref, file, source, problem, plan, checker, work, stopAtFailure);
        } catch (JudgeException | PackageException e) {
            return internalError(mode, ref, file, tests.size(), e.getMessage());
        } catch (IOException e) {
            return internalError(mode, ref, file, tests.size(), "cannot create a working folder: " + e.getMessage());
        } catch (UncheckedIOException e) {
            return internalError(mode, ref, file, tests.size(), e.getMessage() + ": " + e.getCause().getMessage());
        } finally {
            RuntimeFiles.deleteTree(work);
        }
    }

    private Result runTests(String mode, Result.ProblemRef ref, String file, Source source, Problem problem, Plan plan,
            Checker checker, Path classes, boolean stopAtFailure) {
        List<TestCase> tests = plan.tests();
        List<TestResult> results = new ArrayList<>();
        double runtimeMs = 0;
        long memoryKb = 0;
        int passed = 0;
        TestResult failure = null;
        RuntimeFiles runtime = RuntimeFiles.get();
        ChildSpec spec = new ChildSpec(List.of(runtime.runner(), runtime.api(), classes),
                problem.signature().className(), problem.signature().method(), userClasses(classes),
                problem.limits().memoryMb(), ChildSpec.DEFAULT_KEEP_OUTPUT, ChildSpec.DEFAULT_OUTPUT_LIMIT);
        Child child = Child.start(spec);
        try {
            for (int i = 0; i < tests.size(); i++) {
                TestCase test = tests.get(i);
                if (!child.isAlive() && i > 0) {
                    child.close();
                    child = Child.start(spec);
                }
                long remainingMs = Math.max(1, plan.limits().totalMs() - Math.round(runtimeMs));
                long limitMs = Math.min(plan.limits().forTest(i), remainingMs);
                Answer answer = child.call(test.input(), Duration.ofMillis(limitMs + graceMs(limitMs)));
                memoryKb = Math.max(memoryKb, child.peakMemoryKb());
                TestResult result = evaluate(test, answer, limitMs, checker, source);
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
            child.close();
        }
        Verdict verdict = failure == null ? Verdict.ACCEPTED : failure.verdict();
        String message = failure == null ? null : failure.message();
        return new Result(mode, ref, file, verdict, passed, tests.size(), runtimeMs,
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

    private TestResult evaluate(TestCase test, Answer answer, long limitMs, Checker checker, Source source) {
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
                    "java.lang.OutOfMemoryError: the heap limit is " + "exceeded", m.stdout());
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

    private static Result internalError(String mode, Result.ProblemRef ref, String file, int total, String message) {
        return new Result(mode, ref, file, Verdict.INTERNAL_ERROR, 0, total, 0, null, null, List.of(), null, List.of(),
                message);
    }

    /** The top-level classes the solution compiled to, whose stack frames a runtime error shows. */
    private static List<String> userClasses(Path classes) {
        try (Stream<Path> files = Files.list(classes)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        RuntimeFiles runtime = RuntimeFiles.get();
        CompileResult compiled = cache.compiled(source, List.of(runtime.api()));
        if (compiled instanceof CompileResult.Failed failed) {
            throw new JudgeException(file + ": the reference solution does not compile: " + failed.summary()
                    + (failed.errors().isEmpty() ? "" : "\n" + failed.errors().get(0).render(file.toString())));
        }
        Path classes = ((CompileResult.Compiled) compiled).classes();
        ChildSpec spec = new ChildSpec(List.of(runtime.runner(), runtime.api(), classes),
                problem.signature().className(), problem.signature().method(), userClasses(classes),
                problem.limits().memoryMb(), ChildSpec.DEFAULT_KEEP_OUTPUT, ChildSpec.DEFAULT_OUTPUT_LIMIT);
        List<Long> nanos = new ArrayList<>();
        List<Value> outputs = new ArrayList<>();
        try (Child child = Child.start(spec)) {
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

    private static ReferenceRun join(CompletableFuture<ReferenceRun> future) {
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
