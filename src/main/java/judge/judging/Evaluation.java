package judge.judging;

import java.util.List;
import java.util.function.Supplier;
import judge.check.CheckResult;
import judge.check.Checker;
import judge.lang.Language;
import judge.lang.Languages;
import judge.problem.TestCase;
import judge.sandbox.Answer;
import judge.sandbox.ChildSpec;
import judge.value.Value;
import judge.value.ValueFormat;

/**
 * Turns what the child did with one call into that test's verdict and the details a user sees: the one
 * place where answers become verdicts, for submissions and property runs alike.
 */
public final class Evaluation {
    /** The most of an exception's own text (its class name, its message) a report shows. */
    public static final int MAX_EXCEPTION_CHARS = 1024;
    /** The most stack frames of an exception a report shows. */
    public static final int MAX_FRAMES = 20;

    private Evaluation() {}

    private static String capped(String s) {
        return s.length() <= MAX_EXCEPTION_CHARS ? s : TestResult.cut(s, MAX_EXCEPTION_CHARS, s.length());
    }

    /**
     * The verdict of one call: {@code limitMs} is the test's time limit, {@code fileName} the name stack
     * frames show for the solution's source, {@code memoryMb} its heap limit (for the message).
     */
    public static TestResult of(TestCase test, Answer answer, long limitMs, Checker checker, String fileName,
            int memoryMb) {
        return of(test, answer, limitMs, checker, fileName, memoryMb, Languages.java());
    }

    /** {@link #of} for a solution in {@code language}, which words its runtime errors. */
    public static TestResult of(TestCase test, Answer answer, long limitMs, Checker checker, String fileName,
            int memoryMb, Language language) {
        return of(test, answer, limitMs, checker, fileName, memoryMb, language, true);
    }

    /**
     * {@link #of}, where a passed test keeps its input, expected answer and output only if {@code passedDetails}
     * (a submit shows none of them: writing out a megabyte of input per test for nothing was a tenth of a cold
     * submit's time).
     */
    static TestResult of(TestCase test, Answer answer, long limitMs, Checker checker, String fileName,
            int memoryMb, Language language, boolean passedDetails) {
        Supplier<List<String>> inputs = () -> test.input().stream().map(ValueFormat::format).toList();
        Supplier<String> expectation = () -> test.expected() == null ? null : test.expected().format();
        if (answer instanceof Answer.Returned r) {
            double ms = r.nanos() / 1e6;
            if (ms > limitMs) {
                return new TestResult(test.name(), Verdict.TIME_LIMIT_EXCEEDED, ms, limitMs, inputs.get(), expectation.get(), null,
                        String.format("took %.0f ms; the limit for this test is %d ms", ms, limitMs), r.stdout());
            }
            Value output;
            try {
                output = ValueFormat.parse(r.output());
            } catch (RuntimeException | StackOverflowError e) {
                // The runner wrote it, but the solution made it: what the judge cannot read is the solution's
                // error, never the judge's.
                String why = e instanceof StackOverflowError ? "it is nested too deeply" : e.getMessage();
                return new TestResult(test.name(), Verdict.RUNTIME_ERROR, ms, limitMs, inputs.get(), expectation.get(), null,
                        "the returned value cannot be read as a LeetCode value: " + why, r.stdout());
            }
            if (r.apiCalls() >= 0 && checker instanceof judge.check.ApiCallLimit limit) {
                String tooMany = limit.tooManyCalls(test.input(), r.apiCalls());
                if (tooMany != null) {
                    return new TestResult(test.name(), Verdict.WRONG_ANSWER, ms, limitMs, inputs.get(), expectation.get(), r.output(),
                            tooMany, r.stdout());
                }
            }
            CheckResult check;
            try {
                check = checker.check(test.input(), test.expected(), output);
            } catch (RuntimeException e) {
                throw new JudgeException("the problem's checker failed on test " + test.name() + ": " + e);
            }
            if (check instanceof CheckResult.Rejected rejected) {
                return new TestResult(test.name(), Verdict.WRONG_ANSWER, ms, limitMs, inputs.get(), expectation.get(), r.output(),
                        rejected.message(), r.stdout());
            }
            if (!passedDetails) {
                return new TestResult(test.name(), Verdict.ACCEPTED, ms, limitMs, List.of(), null, null, null, null);
            }
            return new TestResult(test.name(), Verdict.ACCEPTED, ms, limitMs, inputs.get(), expectation.get(),
                    r.output(), null, r.stdout());
        }
        if (answer instanceof Answer.Threw t) {
            double ms = t.nanos() / 1e6;
            // The exception's text and frames are the solution's: each is cut (MAX_EXCEPTION_CHARS, MAX_FRAMES)
            // before its language words them, so that a long text cannot push the frames out of the message's cap.
            List<Answer.StackFrame> frames = t.frames().subList(0, Math.min(MAX_FRAMES, t.frames().size())).stream()
                    .map(f -> new Answer.StackFrame(capped(f.className()), capped(f.method()), f.line())).toList();
            StringBuilder message = new StringBuilder(language.describeThrown(new Answer.Threw(capped(t.exception()),
                    capped(t.message()), frames, t.nanos(), t.stdout()), fileName));
            if (t.frames().size() > MAX_FRAMES) {
                message.append("\n  ... ").append(t.frames().size() - MAX_FRAMES).append(" more frames");
            }
            Verdict verdict = ms > limitMs ? Verdict.TIME_LIMIT_EXCEEDED : Verdict.RUNTIME_ERROR;
            return new TestResult(test.name(), verdict, ms, limitMs, inputs.get(), expectation.get(), null, message.toString(),
                    t.stdout());
        }
        if (answer instanceof Answer.TimedOut t) {
            return new TestResult(test.name(), Verdict.TIME_LIMIT_EXCEEDED, null, limitMs, inputs.get(), expectation.get(), null,
                    String.format("still running after %.0f ms (wall clock); the limit for this test is %d ms of CPU"
                            + " time", t.waitedNanos() / 1e6, limitMs), t.stdout());
        }
        if (answer instanceof Answer.OutOfMemory m) {
            return new TestResult(test.name(), Verdict.MEMORY_LIMIT_EXCEEDED, null, limitMs, inputs.get(), expectation.get(), null,
                    language.describeOutOfMemory(memoryMb), m.stdout());
        }
        if (answer instanceof Answer.OutputLimit o) {
            return new TestResult(test.name(), Verdict.OUTPUT_LIMIT_EXCEEDED, null, limitMs, inputs.get(), expectation.get(), null,
                    "the solution's output (what it printed, or the value it returned) is over the "
                    + (ChildSpec.DEFAULT_OUTPUT_LIMIT >> 20) + " MB limit", o.stdout());
        }
        if (answer instanceof Answer.Exited e) {
            String why = language.describeExit(e.status());
            return new TestResult(test.name(), Verdict.RUNTIME_ERROR, null, limitMs, inputs.get(), expectation.get(), null, why,
                    e.stdout());
        }
        Answer.Broken b = (Answer.Broken) answer;
        if (b.message().startsWith("runner:")) {
            throw new JudgeException("the runner failed on test " + test.name() + ": " + b.message());
        }
        return new TestResult(test.name(), Verdict.RUNTIME_ERROR, null, limitMs, inputs.get(), expectation.get(), null, b.message(),
                b.stdout());
    }

}
