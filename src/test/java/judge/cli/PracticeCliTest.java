package judge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import judge.TestPackages;
import judge.practice.Terminal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The practice loop from the command line: list, show, new, history, stats, completion, and the recording of
 * run, submit and fuzz. One history is built up in {@link #judgeOnce()}; tests that need a fresh one use their own.
 */
class PracticeCliTest {
    @TempDir static Path dir;
    static Path data;
    static Path accepted;
    static Path wrong;

    @BeforeAll
    static void judgeOnce() {
        data = dir.resolve("data");
        accepted = dir.resolve("Accepted.java");
        TestPackages.write(accepted, TestPackages.read(TestPackages.P76.resolve("reference/Solution.java")));
        wrong = dir.resolve("Wrong.java");
        TestPackages.write(wrong, "class Solution { public String minWindow(String s, String t) { return t; } }");
        assertEquals(1, judge(data, "run", "76", wrong.toString()).exit());
        assertEquals(0, judge(data, "submit", "76", accepted.toString()).exit());
        assertEquals(1, judge(data, "fuzz", "76", wrong.toString(), "--tries", "20", "--seed", "1").exit());
    }

    static CliTest.Run judge(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--problems", TestPackages.PROBLEMS.toString(), "--data",
                dataDir.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = JudgeCommand.execute(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliTest.Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String row(String out, int id) {
        return out.lines().filter(l -> l.matches("\\S+ +" + id + "  .*")).findFirst().orElse("(no row for " + id
                + ")\n" + out);
    }

    // ---- list ----

    @Test
    void listShowsEveryProblemWithItsStatusDifficultyAndTags() {
        CliTest.Run r = judge(data, "list");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s)Status +#  Title .*"), r.out());
        assertTrue(row(r.out(), 76).matches("solved +76  Minimum Window Substring +Hard +hash-table, string,"
                + " sliding-window"), row(r.out(), 76));
        assertTrue(row(r.out(), 1).matches("untouched +1  Two Sum +Easy +array, hash-table"), row(r.out(), 1));
        assertTrue(r.out().endsWith("\n" + bundled(p -> true) + " problems: 1 solved, 0 attempted, "
                + (bundled(p -> true) - 1) + " untouched\n"), r.out());
        assertFalse(r.out().contains("\u001b["), "no colour when not on a terminal");
    }

    @Test
    void anAttemptedProblemIsShownAsAttempted(@TempDir Path fresh) {
        assertEquals(1, judge(fresh, "run", "76", wrong.toString()).exit());
        CliTest.Run r = judge(fresh, "list", "--status", "attempted");
        assertTrue(row(r.out(), 76).startsWith("attempted"), r.out());
        assertTrue(r.out().endsWith("\n1 problem: 0 solved, 1 attempted, 0 untouched\n"), r.out());
    }

    @Test
    void listFiltersByTagDifficultyAndStatus() {
        // Expected lists come from the bundled packages themselves, so a new package does not break the test.
        CliTest.Run hard = judge(data, "list", "--difficulty", "HARD");
        assertEquals(bundledIds(p -> p.difficulty().equalsIgnoreCase("hard")), ids(hard.out()));
        assertTrue(ids(hard.out()).containsAll(List.of(76, 239, 9010)), hard.out());
        assertEquals(List.of(76), ids(judge(data, "list", "--status", "solved").out()));
        assertEquals(bundled(p -> true) - 1, ids(judge(data, "list", "--status", "untouched").out()).size());
        assertEquals(bundledIds(p -> p.tags().contains("recursion")), ids(judge(data, "list", "--tag", "recursion")
                .out()));
        assertTrue(ids(judge(data, "list", "--tag", "recursion").out()).containsAll(List.of(21, 50)));
        assertEquals(bundledIds(p -> p.tags().contains("sliding-window") && p.difficulty().equalsIgnoreCase("hard")),
                ids(judge(data, "list", "--tag", "sliding-window", "--difficulty", "hard").out()));
        assertTrue(ids(judge(data, "list", "--tag", "sliding-window", "--difficulty", "hard").out())
                .containsAll(List.of(76, 239)));
        List<Integer> track = ids(judge(data, "list", "--track", "ml-systems").out());
        assertTrue(track.contains(9001) && track.stream().allMatch(id -> id >= 9001 && id <= 9011), track.toString());
        assertEquals(track, ids(judge(data, "list", "--tag", "ml-systems").out()));
        CliTest.Run none = judge(data, "list", "--tag", "sliding-window", "--difficulty", "easy", "--status", "solved");
        assertEquals(0, none.exit());
        assertEquals("No problem matches the filters.\n", none.out());
    }

    @Test
    void anUnknownTagListsTheKnownTags() {
        CliTest.Run r = judge(data, "list", "--tag", "foo");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("judge: no problem has the tag \"foo\"; the tags are: "), r.err());
        assertTrue(r.err().contains("recursion, ") && r.err().contains("sliding-window"), r.err());
    }

    @Test
    void badListFiltersAreUsageErrors() {
        CliTest.Run r = judge(data, "list", "--difficulty", "extreme");
        assertEquals(2, r.exit());
        assertEquals("judge: --difficulty must be easy, medium or hard, not \"extreme\"\n", r.err());
        r = judge(data, "list", "--status", "done");
        assertEquals(2, r.exit());
        assertEquals("judge: --status must be solved, attempted or untouched, not \"done\"\n", r.err());
    }

    @Test
    void listWithADamagedHistoryWarnsAndShowsUnknownStatuses(@TempDir Path broken) throws Exception {
        Files.writeString(broken.resolve("history.db"), "not a database".repeat(100));
        CliTest.Run r = judge(broken, "list");
        assertEquals(0, r.exit());
        assertTrue(r.err().startsWith("judge: statuses unknown: " + broken.resolve("history.db") + " is damaged"),
                r.err());
        assertTrue(row(r.out(), 76).startsWith("? "), r.out());
        assertTrue(r.out().endsWith("\n" + bundled(p -> true) + " problems\n"), r.out());
    }

    static List<Integer> ids(String out) {
        List<Integer> ids = new ArrayList<>();
        out.lines().skip(1).map(l -> l.split(" +")).filter(f -> f.length > 2 && f[1].matches("\\d+"))
                .forEach(f -> ids.add(Integer.parseInt(f[1])));
        return ids;
    }

    // ---- recording, history, stats ----

    @Test
    void runSubmitAndFuzzAreRecordedNewestFirst() {
        CliTest.Run r = judge(data, "history");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = r.out().lines().skip(1).filter(l -> l.contains("minimum-window-substring")).toList();
        assertEquals(3, rows.size(), r.out());
        assertTrue(rows.get(0).matches(" *\\d+  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  76\\. minimum-window-substring  fuzz"
                + " +Fuzz falsified +- +- +.*Wrong\\.java"), rows.get(0));
        assertTrue(rows.get(1).matches(".*  submit  Accepted +\\d+ ms +\\d+\\.\\d MB +.*Accepted\\.java"), rows.get(1));
        assertTrue(rows.get(2).matches(".*  run     Wrong Answer .*Wrong\\.java"), rows.get(2));
        assertEquals(3, judge(data, "history", "0076").out().lines().filter(l -> l.contains(" 76. ")).count());
        CliTest.Run none = judge(data, "history", "1");
        assertTrue(none.out().startsWith("Nothing recorded yet for 1."), none.out());
    }

    @Test
    void historyShowPrintsTheResultAndTheSourceAsWritten() {
        String first = judge(data, "history").out().lines().filter(l -> l.contains("  submit  ")).findFirst()
                .orElseThrow().strip().split(" +")[0];
        CliTest.Run r = judge(data, "history", "show", first);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Submission " + first + "   submit   "), r.out());
        assertTrue(r.out().contains("\nProblem:  76. minimum-window-substring\n"), r.out());
        assertTrue(r.out().matches("(?s).*\\nVerdict:  Accepted   (\\d+) / \\1 testcases passed\\n.*"), r.out());
        assertTrue(r.out().contains("sha256 " + judge.practice.Recorder.hash(TestPackages.read(accepted))
                .substring(0, 12)), r.out());
        assertTrue(r.out().endsWith("\n\n" + TestPackages.read(accepted)), r.out());
    }

    @Test
    void historyErrorsSayWhatIsWrong() {
        CliTest.Run r = judge(data, "history", "show", "999999");
        assertEquals(2, r.exit());
        assertEquals("judge: no submission 999999 in the history (" + data.resolve("history.db")
                + "); judge history lists them\n", r.err());
        r = judge(data, "history", "--limit", "0");
        assertEquals(2, r.exit());
        assertEquals("judge: --limit must be at least 1, not 0\n", r.err());
        r = judge(data, "history", "show", "abc");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("judge: Invalid value for positional parameter at index 0 (ID): 'abc'"), r.err());
    }

    @Test
    void historyLimitKeepsTheNewest() {
        CliTest.Run r = judge(data, "history", "--limit", "1");
        assertEquals(1, r.out().lines().filter(l -> l.contains(" 76. ")).count(), r.out());
        assertTrue(r.out().contains("  fuzz  "), r.out());
    }

    @Test
    void helpAndUsageErrorsRecordNothing(@TempDir Path fresh) {
        assertEquals(0, judge(fresh, "help", "submit").exit());
        assertEquals(2, judge(fresh, "submit", "76").exit());
        assertEquals(2, judge(fresh, "run", "76", fresh.resolve("Missing.java").toString()).exit());
        assertFalse(Files.exists(fresh.resolve("history.db")));
    }

    @Test
    void anEmptyHistorySaysWhereItWillBeKept(@TempDir Path fresh) {
        CliTest.Run r = judge(fresh, "history");
        assertEquals(0, r.exit());
        assertEquals("Nothing recorded yet. Every run, submit and fuzz is kept in " + fresh.resolve("history.db")
                + ".\n", r.out());
        assertFalse(Files.exists(fresh.resolve("history.db")), "reading creates nothing");
    }

    @Test
    void statsCountsSolvedByDifficultyAndTagWithTheStreak() {
        CliTest.Run r = judge(data, "stats");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Solved 1 of " + bundled(p -> true) + " problems   (0 attempted, 3 judgings"
                + " recorded)\nCurrent streak: 1 day\n"), r.out());
        long hard = bundled(p -> p.difficulty().equalsIgnoreCase("hard"));
        assertTrue(r.out().contains("\nHard          1 / " + hard + "   "), r.out());
        assertTrue(r.out().contains("\nEasy          0 / " + bundled(p -> p.difficulty().equalsIgnoreCase("easy"))
                + "   ....................\n"), r.out());
        assertTrue(r.out().matches("(?s).*\\nsliding-window +1 / " + bundled(p -> p.tags().contains("sliding-window"))
                + " .*"), r.out());
    }

    @Test
    void aDamagedHistoryNeverStopsJudgingAndKeepsJsonClean(@TempDir Path broken) throws Exception {
        Path db = broken.resolve("history.db");
        Files.writeString(db, "not a database".repeat(100));
        CliTest.Run r = judge(broken, "run", "76", accepted.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals("ACCEPTED", new ObjectMapper().readTree(r.out()).get("verdict").asText());
        assertTrue(r.err().contains("judge: not recorded in the history: " + db + " is damaged or not a history"
                + " database; move it away and the judge starts a new one"), r.err());
        CliTest.Run stats = judge(broken, "stats");
        assertEquals(2, stats.exit());
        assertTrue(stats.err().startsWith("judge: " + db + " is damaged"), stats.err());
    }

    @Test
    void anUnwritableDataFolderNeverStopsJudging(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("file");
        Files.writeString(file, "x");
        CliTest.Run r = judge(file.resolve("data"), "run", "76", accepted.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Accepted"), r.out());
        assertTrue(r.err().contains("judge: not recorded in the history: cannot create the folder of "), r.err());
    }

    // ---- show ----

    @Test
    void showRendersTheStatementPlainWhenPiped() {
        CliTest.Run r = judge(data, "show", "76", "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("76. Minimum Window Substring\n============================\n"
                + "Hard   hash-table · string · sliding-window\n\n"), r.out());
        assertFalse(r.out().contains("**") || r.out().contains("`") || r.out().contains("\u001b["), r.out());
        assertTrue(r.out().contains("\nExample 1:\n\n    Input: s = \"ADOBECODEBANC\", t = \"ABC\"\n"), r.out());
        assertTrue(r.out().contains("\n  - 1 <= m, n <= 10^5\n"), r.out());
        r.out().lines().forEach(l -> assertTrue(Terminal.width(l) <= 80, "wider than 80: " + l));
    }

    @Test
    void showInChineseWrapsByColumnsWithWideCharacters() {
        CliTest.Run r = judge(data, "show", "76", "--lang", "zh", "--width", "40");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("76. 最小覆盖子串\n"), r.out());
        assertTrue(r.out().contains("示例 1：\n"), r.out());
        r.out().lines().forEach(l -> assertTrue(Terminal.width(l) <= 40, "wider than 40 columns: " + l));
        assertTrue(r.out().lines().anyMatch(l -> Terminal.width(l) >= 36), "lines are filled, not just broken");
    }

    @Test
    void showWithColorAlwaysStylesHeadingsCodeAndDifficulty() {
        CliTest.Run r = judge(data, "--color", "always", "show", "76", "--lang", "en");
        assertTrue(r.out().startsWith("\u001b[1m76. Minimum Window Substring\u001b[0m\n\u001b[31mHard\u001b[0m"),
                r.out());
        assertTrue(r.out().contains("\u001b[36ms\u001b[0m"), "code in colour");
        assertTrue(judge(data, "show", "76", "--color", "always").out().startsWith("\u001b[1m76."),
                "--color also after the command");
        CliTest.Run never = judge(data, "--color", "never", "show", "76");
        assertFalse(never.out().contains("\u001b["));
    }

    @Test
    void showOptionErrors() {
        CliTest.Run r = judge(data, "show", "76", "--lang", "fr");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("judge: Invalid value for option '--lang': expected one of [en, zh]"), r.err());
        r = judge(data, "show", "76", "--width", "5");
        assertEquals(2, r.exit());
        assertEquals("judge: --width must be at least 20, not 5\n", r.err());
        r = judge(data, "show", "9999");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("judge: unknown problem \"9999\""), r.err());
        r = judge(data, "--color", "sometimes", "list");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("judge: Invalid value for option '--color'"), r.err());
    }

    @Test
    void runAndSubmitColourTheVerdictOnlyWhenAsked(@TempDir Path fresh) {
        CliTest.Run coloured = judge(fresh, "--color", "always", "run", "76", wrong.toString());
        assertTrue(coloured.out().startsWith("\u001b[31m\u001b[1mWrong Answer   76. Minimum Window Substring\u001b[0m"
                + "\u001b[0m\n"), coloured.out());
        CliTest.Run plain = judge(fresh, "run", "76", wrong.toString());
        assertTrue(plain.out().startsWith("Wrong Answer   76. Minimum Window Substring\n"), plain.out());
        assertEquals(plain.out().replaceAll("[\\d.]+ ms", "T ms"),
                coloured.out().replaceAll("\u001b\\[[0-9;]*m", "").replaceAll("[\\d.]+ ms", "T ms"),
                "only colour is added");
        CliTest.Run json = judge(fresh, "--color", "always", "run", "76", wrong.toString(), "--format", "json");
        assertFalse(json.out().contains("\u001b["), "never in JSON");
    }

    @Test
    void showFallsBackToEnglishWhenThereIsNoChineseStatement(@TempDir Path problems) throws Exception {
        Path copy = TestPackages.copyOf76(problems);
        Files.delete(copy.resolve("statement.zh.md"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = JudgeCommand.execute(new String[] {"--problems", problems.toString(), "show", "76", "--lang", "zh"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit);
        assertEquals("judge: 76 has no Chinese statement (statement.zh.md); showing English\n",
                err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("76. Minimum Window Substring\n"));
    }

    // ---- new ----

    @Test
    void newWritesAStubThatCompilesAndNeverOverwrites(@TempDir Path work) throws Exception {
        Path target = work.resolve("p76");
        CliTest.Run r = judge(data, "new", "76", "--dir", target.toString());
        assertEquals(0, r.exit(), r.err());
        Path file = target.resolve("Solution.java");
        assertTrue(r.out().startsWith("Wrote "), r.out());
        String stub = Files.readString(file);
        assertTrue(stub.contains(" *   Input: s = \"ADOBECODEBANC\", t = \"ABC\"\n *   Output: \"BANC\"\n"), stub);
        assertTrue(stub.contains("class Solution {\n    public String minWindow(String s, String t) {\n"), stub);
        CliTest.Run run = judge(work.resolve("data"), "run", "76", file.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().startsWith("Wrong Answer"), "the stub compiles and runs: " + run.out());

        Files.writeString(file, "my work");
        CliTest.Run again = judge(data, "new", "76", "--dir", target.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().endsWith("Solution.java already exists; judge new never overwrites a file (use --dir"
                + " to write elsewhere)\n"), again.err());
        assertEquals("my work", Files.readString(file));
        try (var files = Files.list(target)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void newWritesEachProblemInAFolderOfItsOwnSoTwoProblemsShareAFolder(@TempDir Path work) throws Exception {
        for (String id : List.of("76", "3")) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                    "judge.Main", "--problems", TestPackages.PROBLEMS.toString(), "new", id)
                    .directory(work.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
        }
        assertTrue(Files.readString(work.resolve("0076-minimum-window-substring/Solution.java"))
                .contains("minWindow(String s, String t)"));
        assertTrue(Files.readString(work.resolve("0003-longest-substring-without-repeating-characters/Solution.java"))
                .contains("lengthOfLongestSubstring(String s)"));
    }

    @Test
    void newSaysWhyItCannotWrite(@TempDir Path work) throws Exception {
        Path file = work.resolve("file");
        Files.writeString(file, "x");
        CliTest.Run r = judge(data, "new", "76", "--dir", file.resolve("sub").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("judge: cannot write " + file.resolve("sub").resolve("Solution.java") + ": "),
                r.err());
    }

    // ---- watch ----

    @Test
    void watchJudgesOnEverySaveAndRecordsIt(@TempDir Path work) throws Exception {
        Path file = work.resolve("Solution.java");
        Files.writeString(file, TestPackages.read(wrong));
        Path history = work.resolve("data");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int[] exit = {-1};
        Thread watch = new Thread(() -> exit[0] = JudgeCommand.execute(new String[] {"--problems",
                TestPackages.PROBLEMS.toString(), "--data", history.toString(), "watch", "76", file.toString()},
                print, print));
        watch.start();
        try {
            awaitOutput(out, "-- Wrong Answer (examples), ");
            assertTrue(out.toString(StandardCharsets.UTF_8).matches("(?s).*\\n-- Wrong Answer \\(examples\\), \\d+\\.\\d\\d s"
                    + " \\(the first judging, with a cold start\\); watching .*"), out.toString(StandardCharsets.UTF_8));
            Files.writeString(file, TestPackages.read(accepted));
            awaitOutput(out, "-- Accepted (submit), ");
        } finally {
            watch.interrupt();
            watch.join(60_000);
        }
        assertEquals(0, exit[0], out.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Watching " + file + " for 76. Minimum Window Substring: every save runs the"
                + " examples, then every test. Ctrl-C stops.\n"), text);
        assertTrue(text.contains("\nExamples passed (3 / 3); now every test...\nAccepted   76. Minimum Window"
                + " Substring\n"), text);
        assertTrue(text.matches("(?s).*\\n-- Accepted \\(submit\\), \\d+\\.\\d\\d s after the save; watching .*"), text);
        String list = judge(history, "history").out();
        assertTrue(list.contains("  submit  Accepted "), list);
        assertTrue(list.contains("  run     Wrong Answer "), list);
    }

    @Test
    void watchingAMissingFileIsAUsageError(@TempDir Path work) {
        CliTest.Run r = judge(data, "watch", "76", work.resolve("Nope.java").toString());
        assertEquals(2, r.exit());
        assertEquals("judge: " + work.resolve("Nope.java") + ": no such file; judge new 76 writes one\n", r.err());
    }

    private static void awaitOutput(ByteArrayOutputStream out, String text) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        while (!out.toString(StandardCharsets.UTF_8).contains(text)) {
            assertTrue(System.nanoTime() < deadline, "no \"" + text + "\" within 120 s:\n" + out);
            Thread.sleep(20);
        }
    }

    // ---- completion ----

    @Test
    void completionPrintsABashAndZshScriptWithEveryCommand() {
        CliTest.Run r = judge(data, "completion");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("complete -F _complete_judge"), r.out());
        assertTrue(r.out().contains("ZSH_VERSION"), "works in zsh too");
        for (String command : List.of("run", "submit", "fuzz", "list", "show", "new", "history", "stats")) {
            assertTrue(r.out().contains(command), command);
        }
        assertTrue(r.out().contains("--difficulty") && r.out().contains("--lang"), "options are completed");
    }

    @Test
    void completionOffersProblemIdsNamesAndOptionValues() throws Exception {
        Path script = dir.resolve("completion.sh");
        Files.writeString(script, judge(data, "completion").out());
        assertEquals(List.of("739"), complete(script, "judge", "submit", "73"));
        assertEquals(List.of("76", "739"), complete(script, "judge", "submit", "7"));
        assertTrue(complete(script, "judge", "show", "minimum-w").contains("minimum-window-substring"));
        assertEquals(List.of("text", "json"), complete(script, "judge", "submit", "76", "Solution.java", "--format", ""));
        assertEquals(List.of("easy", "medium", "hard"), complete(script, "judge", "list", "--difficulty", ""));
        assertTrue(complete(script, "judge", "list", "--tag", "sli").contains("sliding-window"));
        assertEquals(List.of("submit"), complete(script, "judge", "subm"));
    }

    /** What bash completes for the last of {@code words}, with the script sourced. */
    private static List<String> complete(Path script, String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append(" '").append(w).append("'");
        }
        String line = String.join(" ", words);
        String program = "source '" + script + "' 2>/dev/null; COMP_WORDS=(" + array + "); COMP_CWORD="
                + (words.length - 1) + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; _complete_judge"
                + " 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process p = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        return out.lines().filter(l -> !l.isEmpty()).toList();
    }

    /** How many bundled problems satisfy {@code which}: the counts follow the problems folder as it grows. */
    /** The ids of the bundled problems {@code which} selects, in the list's order (by id). */
    private static List<Integer> bundledIds(java.util.function.Predicate<judge.problem.Problem> which) {
        judge.problem.ProblemRepository repo = new judge.problem.ProblemRepository(TestPackages.PROBLEMS);
        return repo.packages().stream().map(judge.problem.ProblemLoader::load).filter(which)
                .map(judge.problem.Problem::id).sorted().toList();
    }

    private static long bundled(java.util.function.Predicate<judge.problem.Problem> which) {
        judge.problem.ProblemRepository repo = new judge.problem.ProblemRepository(TestPackages.PROBLEMS);
        return repo.packages().stream().map(judge.problem.ProblemLoader::load).filter(which).count();
    }
}
