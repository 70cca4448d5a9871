package judge.judging;

import java.util.List;

/**
 * How one test went: its verdict, how long the call took, and for a failure what a user needs to see it
 * (the input one value per parameter in LeetCode's format, the expected and actual output, the checker's or
 * the exception's message, and what the solution printed). {@code runtimeMs} is {@code null} when the call
 * never returned a time (killed, exited).
 */
public record TestResult(
        String name,
        Verdict verdict,
        Double runtimeMs,
        long timeLimitMs,
        List<String> input,
        String expected,
        String output,
        String message,
        String stdout) {

    public TestResult {
        input = List.copyOf(input);
    }
}
