package judge.judging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import judge.problem.TestCase;
import judge.value.Value;
import judge.value.ValueFormat;

/**
 * Keeps a report of {@code submit} to the failing test's input. All tests of a submission run in one child, so a
 * solution can keep every input it is given and print or return them on a later test; the report shows that
 * later test's output, stdout and message (cut to a few KB by {@link TestResult}). Here every other test's
 * input value that still appears in them, in LeetCode's format ({@code "ADOBEC"}, {@code [1,2]}) or as a
 * string's bare text, is replaced by {@value #MARK}.
 *
 * <p>Values shorter than {@value #MIN_CHARS} characters are left alone (they would match ordinary output and
 * reveal next to nothing), and so is any value that the failing test's own input or expected output contains,
 * since the report shows those anyway; a number is taken out only where it stands whole. This stops a solution
 * dumping the tests it saw; an encoding of its own choice (reversed, compressed) is not recognised, and is
 * bounded by the caps alone.
 */
public final class OtherInputs {
    /** What an other test's input is replaced by. */
    public static final String MARK = "[another test's input]";
    static final int MIN_CHARS = 4;
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private OtherInputs() {}

    /** {@code failure} with every other test's input taken out of the fields the solution controls. */
    public static TestResult redact(TestResult failure, List<TestCase> tests) {
        int longest = Math.max(length(failure.output()), Math.max(length(failure.message()),
                length(failure.stdout())));
        if (longest < MIN_CHARS) {
            return failure;
        }
        String shown = String.join("\n", failure.input()) + "\n" + (failure.expected() == null ? ""
                : failure.expected());
        Set<String> needles = new LinkedHashSet<>();
        for (TestCase test : tests) {
            if (test.name().equals(failure.name())) {
                continue;
            }
            for (Value v : test.input()) {
                String formatted = ValueFormat.format(v);
                add(needles, formatted, longest, shown);
                if (v instanceof Value.Str s) {
                    add(needles, s.value(), longest, shown);
                }
            }
        }
        if (needles.isEmpty()) {
            return failure;
        }
        // One pass with the longest value first, so a value inside a longer one, or inside MARK, is not replaced
        // again.
        List<String> ordered = new ArrayList<>(needles);
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        Pattern any = Pattern.compile(ordered.stream().map(OtherInputs::pattern).collect(Collectors.joining("|")));
        return new TestResult(failure.name(), failure.verdict(), failure.runtimeMs(), failure.timeLimitMs(),
                failure.input(), failure.expected(), strip(failure.output(), any), strip(failure.message(), any),
                strip(failure.stdout(), any), failure.truncated());
    }

    private static void add(Set<String> needles, String value, int longest, String shown) {
        if (value.length() >= MIN_CHARS && value.length() <= longest && !shown.contains(value)) {
            needles.add(value);
        }
    }

    /**
     * A number is matched whole (not within a longer number: another test's 1000 is not taken out of an output of
     * 10000 or 1000.5, which would garble an honest report); any other value wherever it appears.
     */
    private static String pattern(String needle) {
        if (!NUMBER.matcher(needle).matches()) {
            return Pattern.quote(needle);
        }
        // (a minus sign starts a number wherever it stands)
        return (needle.startsWith("-") ? "" : "(?<![0-9.])") + Pattern.quote(needle) + "(?![0-9]|\\.[0-9])";
    }

    private static String strip(String field, Pattern any) {
        return field == null ? null : any.matcher(field).replaceAll(Matcher.quoteReplacement(MARK));
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
