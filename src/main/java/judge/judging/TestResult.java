package judge.judging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one test went: its verdict, how long the call took, and for a failure what a user needs to see it
 * (the input one value per parameter in LeetCode's format, the expected and actual output, the checker's or
 * the exception's message, and what the solution printed). {@code runtimeMs} is {@code null} when the call
 * never returned a time (killed, exited).
 *
 * <p>The fields a solution controls are capped here, once, for every report: {@code output} and {@code stdout}
 * to {@value #MAX_OUTPUT_CHARS} characters, {@code message} (which may quote the returned value, or hold an
 * exception's text and frames) to {@value #MAX_MESSAGE_CHARS}. A cut field ends with
 * "… (1,234,567 characters in all)", and {@code truncated} maps its name to its full length in characters.
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
        String stdout,
        Map<String, Integer> truncated) {

    /** The most of a returned value a report shows. */
    public static final int MAX_OUTPUT_CHARS = 4096;
    /** The most of a message (the checker's why, an exception with its frames) a report shows. */
    public static final int MAX_MESSAGE_CHARS = 4096;
    /** The most of what the solution printed a report shows. */
    public static final int MAX_STDOUT_CHARS = 4096;

    public TestResult {
        input = List.copyOf(input);
        Map<String, Integer> full = new LinkedHashMap<>(truncated == null ? Map.of() : truncated);
        output = cap("output", output, MAX_OUTPUT_CHARS, full);
        message = cap("message", message, MAX_MESSAGE_CHARS, full);
        stdout = cap("stdout", stdout, MAX_STDOUT_CHARS, full);
        truncated = java.util.Collections.unmodifiableMap(full);
    }

    public TestResult(String name, Verdict verdict, Double runtimeMs, long timeLimitMs, List<String> input,
            String expected, String output, String message, String stdout) {
        this(name, verdict, runtimeMs, timeLimitMs, input, expected, output, message, stdout, Map.of());
    }

    /** This result with {@code message} in place of its own (see Judge: a crash explained by a checked build). */
    TestResult withMessage(String message) {
        return new TestResult(name, verdict, runtimeMs, timeLimitMs, input, expected, output, message, stdout, truncated);
    }

    /** This result with the test's time limit {@code ms} (see Judge: a limit learnt after the call). */
    TestResult withTimeLimitMs(long ms) {
        return new TestResult(name, verdict, runtimeMs, ms, input, expected, output, message, stdout, truncated);
    }

    private static String cap(String field, String s, int max, Map<String, Integer> full) {
        if (s == null || s.length() <= max) {
            return s;
        }
        full.merge(field, s.length(), Math::max);
        return cut(s, max, full.get(field));
    }

    /**
     * {@code s} cut to {@code max} characters in all: its start (never half a surrogate pair) and a note of its
     * full length, so that cutting again is a no-op.
     */
    public static String cut(String s, int max, int fullLength) {
        String note = "… (" + String.format(java.util.Locale.ROOT, "%,d", fullLength) + " characters in all)";
        int end = Math.max(0, max - note.length());
        if (end > 0 && Character.isLowSurrogate(s.charAt(end))) {
            end--;
        }
        return s.substring(0, end) + note;
    }
}
