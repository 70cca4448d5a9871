package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import judge.TestPackages;
import judge.compile.Source;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.TestCase;
import judge.report.JsonReport;
import judge.report.TextReport;
import judge.value.Value;
import org.junit.jupiter.api.Test;

/** What a solution controls reaches a report cut to a few KB, and with no test input but the failing one. */
class ReportCapsTest {
    private static final Problem P76 = TestPackages.p76();

    /** Correct, but it keeps every input it is given and hands them all back, raw and quoted, on call 60. */
    private static final String HOARDER = """
            class Solution {
                static final StringBuilder seen = new StringBuilder();
                static int calls;
                public String minWindow(String s, String t) {
                    if (++calls == 60) {
                        System.out.print(seen);
                        return seen.toString();
                    }
                    seen.append(s).append(' ').append(t).append(" \\"").append(s).append("\\" \\"").append(t)
                            .append("\\"\\n");
                    int[] need = new int[128];
                    for (char c : t.toCharArray()) need[c]++;
                    int missing = t.length(), best = -1, bestLen = Integer.MAX_VALUE, left = 0;
                    for (int right = 0; right < s.length(); right++) {
                        if (need[s.charAt(right)]-- > 0) missing--;
                        while (missing == 0) {
                            if (right - left + 1 < bestLen) { bestLen = right - left + 1; best = left; }
                            if (++need[s.charAt(left++)] > 0) missing++;
                        }
                    }
                    return best < 0 ? "" : s.substring(best, best + bestLen);
                }
            }
            """;

    private static Result submit(String text) {
        return TestPackages.judge().submit(P76, Source.of(Path.of("Solution.java"), text));
    }

    @Test
    void aSolutionHoardingInputsShowsNoInputButTheFailingOne() throws Exception {
        Result r = submit(HOARDER);
        assertEquals(Verdict.WRONG_ANSWER, r.verdict(), () -> String.valueOf(r.failure()));
        String text = TextReport.render(r, P76.signature());
        String json = JsonReport.render(r);
        JsonNode failure = new ObjectMapper().readTree(json).get("failure");
        assertTrue(failure.get("output").asText().contains(OtherInputs.MARK), failure.toPrettyString());
        String shown = String.join("\n", r.failure().input()) + "\n" + r.failure().expected();
        List<String> leaked = new ArrayList<>();
        int others = 0;
        List<TestCase> all = new ArrayList<>(ProblemLoader.examples(P76));
        all.addAll(ProblemLoader.hidden(P76));
        for (TestCase test : all) {
            if (test.name().equals(r.failure().name())) {
                continue;
            }
            for (Value v : test.input()) {
                String raw = ((Value.Str) v).value();
                if (raw.length() >= 4 && !shown.contains(raw)) {
                    others++;
                    if (text.contains(raw) || json.contains(raw)) {
                        leaked.add(test.name() + ": " + raw);
                    }
                }
            }
        }
        assertTrue(others > 50, "the hidden inputs were looked for: " + others);
        assertEquals(List.of(), leaked);
    }

    @Test
    void thirtyMegabytesOfStdoutGiveAReportOfAFewKilobytes() {
        Result r = submit("""
                class Solution {
                    public String minWindow(String s, String t) {
                        String line = "x".repeat(1023) + "\\n";
                        for (int i = 0; i < 30 * 1024; i++) System.out.print(line);
                        return "wrong";
                    }
                }
                """);
        assertFalse(r.verdict().isAccepted());
        String json = JsonReport.render(r);
        String text = TextReport.render(r, P76.signature());
        assertTrue(json.length() < 16_000, "JSON of " + json.length() + " characters");
        assertTrue(text.length() < 16_000, "text of " + text.length() + " characters");
    }

    @Test
    void capsCutEachSolutionFieldAndNoteItsFullLength() throws Exception {
        String huge = "y".repeat(30_000_000);
        TestResult t = new TestResult("hidden 9", Verdict.WRONG_ANSWER, 1.0, 100, List.of("\"a\"", "\"b\""), "\"b\"",
                huge, "expected \"b\", got " + huge, huge);
        assertEquals(TestResult.MAX_OUTPUT_CHARS, t.output().length());
        assertTrue(t.output().endsWith("y… (30,000,000 characters in all)"), t.output());
        assertTrue(t.message().length() <= TestResult.MAX_MESSAGE_CHARS);
        assertTrue(t.stdout().length() <= TestResult.MAX_STDOUT_CHARS);
        assertEquals(30_000_000, t.truncated().get("output"));
        assertEquals(30_000_000 + "expected \"b\", got ".length(), t.truncated().get("message"));
        TestResult again = new TestResult(t.name(), t.verdict(), t.runtimeMs(), t.timeLimitMs(), t.input(),
                t.expected(), t.output(), t.message(), t.stdout(), t.truncated());
        assertEquals(t, again, "cutting twice changes nothing");

        Result r = new Result("submit", new Result.ProblemRef(76, "minimum-window-substring", "Minimum Window"),
                "Solution.java", Verdict.WRONG_ANSWER, 0, 80, 1.0, null, null, List.of(t), t, List.of(), null);
        String json = JsonReport.render(r);
        // The failure is in the report twice (failure, and its place in tests): three capped fields each.
        assertTrue(json.length() < 32_000, "JSON of " + json.length());
        JsonNode truncated = new ObjectMapper().readTree(json).get("failure").get("truncated");
        assertEquals(30_000_000, truncated.get("output").asInt());
        assertEquals(30_000_000, truncated.get("stdout").asInt());
        String text = TextReport.render(r, P76.signature());
        assertTrue(text.length() < 10_000, "text of " + text.length());
    }

    @Test
    void anExceptionShowsAtMostTwentyFramesAndAKilobyteOfItsText() {
        Result r = submit(solution("""
                        return deep(s, 500);
                    }
                    String deep(String s, int n) {
                        if (n == 0) throw new IllegalStateException("z".repeat(100_000));
                        return deep(s, n - 1);
                """));
        assertEquals(Verdict.RUNTIME_ERROR, r.verdict(), () -> String.valueOf(r.failure()));
        String message = r.failure().message();
        assertTrue(message.startsWith("java.lang.IllegalStateException: zzz"), message);
        // The runner sends a cut text already; the judge cuts it again to a kilobyte, with a note.
        assertTrue(message.indexOf('\n') <= Evaluation.MAX_EXCEPTION_CHARS + 40, message);
        assertTrue(message.substring(0, message.indexOf('\n')).endsWith("characters in all)"), message);
        assertEquals(Evaluation.MAX_FRAMES, message.split("\n  at ", -1).length - 1, message);
        assertTrue(message.contains("more frames"), message);
        assertTrue(message.length() <= TestResult.MAX_MESSAGE_CHARS);
    }

    @Test
    void aSolutionsControlCharactersReachTheTextReportOnlyAsEscapes() {
        Result r = submit(solution("""
                        System.out.print("\\u001b]52;c;cm0gLXJmIH4K\\u0007\\u001b[2J\\r\\u202eevil\\u0085\\n");
                        if (s.length() > 0) throw new RuntimeException("\\u001b[32mAccepted 82/82\\u001b[0m\\r\\u009b");
                        return "";
                """));
        assertEquals(Verdict.RUNTIME_ERROR, r.verdict(), () -> String.valueOf(r.failure()));
        String text = TextReport.render(r, P76.signature());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertFalse(c != '\n' && (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u202e'),
                    "raw U+" + Integer.toHexString(c) + " in:\n" + text);
        }
        assertTrue(text.contains("\\u001b[32mAccepted 82/82\\u001b[0m\\r\\u009b"), text);
        assertTrue(text.contains("\\u001b]52;c;cm0gLXJmIH4K\\u0007"), text);
    }

    private static String solution(String body) {
        return "class Solution {\n    public String minWindow(String s, String t) {\n" + body + "\n    }\n}\n";
    }
}
