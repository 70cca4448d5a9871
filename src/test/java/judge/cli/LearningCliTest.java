package judge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import judge.TestPackages;
import judge.practice.History;
import judge.practice.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * show --hint and --editorial, judge plan and list --plan, against a history written directly (no judging), so
 * that these tests stay quick.
 */
class LearningCliTest {
    @TempDir Path data;

    static CliTest.Run judge(Path problems, Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("--problems", problems.toString(), "--data", data.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = JudgeCommand.execute(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliTest.Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    CliTest.Run judge(String... args) {
        return judge(TestPackages.PROBLEMS, data, args);
    }

    /** Records a judging of {@code id} in the test's history, as run or submit would. */
    void record(int id, String slug, String mode, String verdict) {
        try (History h = History.open(data.resolve("history.db"))) {
            h.record(new Submission(0, Instant.now(), mode, id, slug, verdict, 1, 1, 1.0, 1.0, "Solution.java", "00",
                    "class Solution {}", null));
        }
    }

    // ---- show --hint, --editorial ----

    @Test
    void aHintIsShownByItsNumberInEitherLanguage() {
        CliTest.Run r = judge("show", "76", "--hint", "1", "--lang", "en", "--width", "200");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("76. Minimum Window Substring: hint 1 of 3\n"), r.out());
        assertTrue(r.out().contains("two indices that only move forward"), r.out());
        assertTrue(r.out().endsWith("Next: --hint 2\n"), r.out());
        assertEquals("", r.err(), "a hint needs no warning");
        CliTest.Run zh = judge("show", "76", "--hint", "3", "--lang", "zh", "--width", "200");
        assertTrue(zh.out().startsWith("76. 最小覆盖子串：提示 3 / 3\n"), zh.out());
        assertFalse(zh.out().contains("--hint 4"), "the last hint has no next one");
    }

    @Test
    void aHintOutOfRangeIsAUsageErrorThatGivesTheRange() {
        for (String n : List.of("0", "4", "-1")) {
            CliTest.Run r = judge("show", "76", "--hint", n);
            assertEquals(2, r.exit());
            assertEquals("", r.out());
            assertEquals("judge: --hint must be 1 to 3 for 76 (it has 3 hints), not " + n + "\n", r.err());
        }
        assertEquals(2, judge("show", "76", "--hint", "x").exit());
        CliTest.Run both = judge("show", "76", "--hint", "1", "--editorial");
        assertEquals(2, both.exit());
        assertEquals("judge: --hint and --editorial cannot be used together: choose one\n", both.err());
    }

    @Test
    void theEditorialWarnsOnStderrWhileTheProblemIsNotSolved() {
        CliTest.Run r = judge("show", "76", "--editorial", "--lang", "en", "--width", "100");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("76. Minimum Window Substring: editorial\n"), r.out());
        assertTrue(r.out().contains("formed") && r.out().contains("need[c]"), r.out());
        assertEquals("judge: warning: you have not solved 76 yet (no accepted submit in your history); the editorial"
                + " gives the approach away. For a nudge instead: judge show 76 --hint 1\n", r.err());

        record(76, "minimum-window-substring", "submit", "WRONG_ANSWER");
        record(76, "minimum-window-substring", "run", "ACCEPTED");
        assertTrue(judge("show", "76", "--editorial").err().contains("you have not solved 76 yet"),
                "attempted, and accepted only by run: still not solved");

        record(76, "minimum-window-substring", "submit", "ACCEPTED");
        CliTest.Run solved = judge("show", "76", "--editorial", "--lang", "zh", "--width", "100");
        assertEquals(0, solved.exit());
        assertEquals("", solved.err());
        assertTrue(solved.out().startsWith("76. 最小覆盖子串：题解\n"), solved.out());
        assertTrue(solved.out().contains("formed"), solved.out());
    }

    @Test
    void aDamagedHistoryStillShowsTheEditorialAfterSayingSo() throws Exception {
        Files.writeString(data.resolve("history.db"), "not a database".repeat(100));
        CliTest.Run r = judge("show", "76", "--editorial");
        assertEquals(0, r.exit());
        assertTrue(r.err().startsWith("judge: cannot tell whether you solved 76 ("), r.err());
        assertTrue(r.out().contains("formed"), r.out());
    }

    @Test
    void aMissingEditorialOrHintsFileIsAnErrorNamingTheFile(@TempDir Path problems) throws Exception {
        Path dir = TestPackages.copyOf76(problems);
        Files.delete(dir.resolve("editorial.md"));
        Files.delete(dir.resolve("editorial.zh.md"));
        Files.delete(dir.resolve("hints.json"));
        CliTest.Run r = judge(problems, data, "show", "76", "--editorial");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().matches("judge: 76 has no editorial \\(.*0076-minimum-window-substring/editorial\\.md"
                + " does not exist\\)\n"), r.err());
        r = judge(problems, data, "show", "76", "--hint", "1");
        assertEquals(2, r.exit());
        assertTrue(r.err().matches("judge: 76 has no hints \\(.*0076-minimum-window-substring/hints\\.json does"
                + " not exist\\)\n"), r.err());
    }

    @Test
    void aChineseEditorialFallsBackToEnglishWithANote(@TempDir Path problems) throws Exception {
        Path dir = TestPackages.copyOf76(problems);
        Files.delete(dir.resolve("editorial.zh.md"));
        CliTest.Run r = judge(problems, data, "show", "76", "--editorial", "--lang", "zh");
        assertEquals(0, r.exit());
        assertTrue(r.err().startsWith("judge: 76 has no Chinese editorial (editorial.zh.md); showing English\n"),
                r.err());
        assertTrue(r.out().startsWith("76. Minimum Window Substring: editorial"), r.out());
    }

    @Test
    void aMalformedHintsFileIsALocatedError(@TempDir Path problems) throws Exception {
        Path dir = TestPackages.copyOf76(problems);
        Files.writeString(dir.resolve("hints.json"), "{\"en\": [\"one\", \"two\"],\n \"zh\": [\"一\"]}\n");
        CliTest.Run r = judge(problems, data, "show", "76", "--hint", "1");
        assertEquals(2, r.exit());
        assertTrue(r.err().matches("(?s)judge: .*hints\\.json:2:8 at /zh:\n  expected as many Chinese hints as"
                + " English ones \\(2\\), found 1\n"), r.err());
    }

    // ---- plan, list --plan ----

    @Test
    void planListsEveryPlanWithTheUsersProgress() {
        record(3, "longest-substring-without-repeating-characters", "submit", "ACCEPTED");
        record(76, "minimum-window-substring", "submit", "WRONG_ANSWER");
        CliTest.Run r = judge("plan", "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("Plan +Title +Solved"), r.out());
        assertTrue(lines.get(1).matches("ml-systems +ML Systems +0 / 11 +\\.{20}"), lines.get(1));
        assertTrue(lines.get(2).matches("sliding-window +Sliding Window +1 / \\d+ +#+\\.+(  \\(\\d+ not bundled\\))?"),
                lines.get(2));
        assertTrue(lines.get(3).startsWith("top-interview "), lines.get(3));
    }

    @Test
    void planNameShowsSectionsStatusesAndTheNextProblem() {
        record(567, "permutation-in-string", "submit", "ACCEPTED");
        record(438, "find-all-anagrams-in-a-string", "run", "WRONG_ANSWER");
        CliTest.Run r = judge("plan", "sliding-window", "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Sliding Window (sliding-window)\n"), r.out());
        assertTrue(r.out().matches("(?s).*\\nSolved 1 of \\d+ .* 1 attempted.*"), r.out());
        assertTrue(r.out().contains("\nNext: 438. Find All Anagrams in a String (Medium): judge show 438, judge new"
                + " 438\n"), r.out());
        assertTrue(r.out().contains("\n1. Fixed-size windows   1 / 2\n"), r.out());
        assertTrue(r.out().matches("(?s).*\\n   solved +567  Permutation in String +Medium\\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\n   attempted +438  Find All Anagrams in a String +Medium  <- next\\n.*"),
                r.out());
        assertTrue(r.out().matches("(?s).*\\n   untouched +76  Minimum Window Substring +Hard\\n.*"), r.out());
    }

    @Test
    void planJsonIsOneObjectWithEveryProblemsStatus() throws Exception {
        record(9002, "round-float-to-half", "submit", "ACCEPTED");
        CliTest.Run r = judge("plan", "ml-systems", "--format", "json", "--lang", "zh");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(1, root.get("schemaVersion").asInt());
        assertEquals("ml-systems", root.get("name").asText());
        assertEquals("机器学习系统", root.get("title").asText());
        assertEquals(1, root.get("solved").asInt());
        assertEquals(11, root.get("total").asInt());
        assertEquals(0, root.get("notBundled").asInt());
        assertEquals(9003, root.get("next").get("id").asInt());
        JsonNode first = root.get("sections").get(0);
        assertEquals(1, first.get("solved").asInt());
        assertEquals("solved", first.get("problems").get(0).get("status").asText());
        assertEquals("untouched", first.get("problems").get(1).get("status").asText());
        assertEquals("Medium", first.get("problems").get(1).get("difficulty").asText());

        JsonNode all = new ObjectMapper().readTree(judge("plan", "--format", "json").out());
        assertEquals(List.of("ml-systems", "sliding-window", "top-interview"), List.of(all.get("plans").get(0)
                .get("name").asText(), all.get("plans").get(1).get("name").asText(), all.get("plans").get(2)
                .get("name").asText()));
    }

    @Test
    void anUnknownPlanIsAnErrorListingThePlans() {
        CliTest.Run r = judge("plan", "graphs");
        assertEquals(2, r.exit());
        assertEquals("judge: unknown plan \"graphs\"; the plans are: ml-systems, sliding-window, top-interview\n",
                r.err());
        CliTest.Run json = judge("plan", "graphs", "--format", "json");
        assertEquals(2, json.exit());
        assertTrue(json.out().contains("\"error\""), json.out());
    }

    @Test
    void aPlanNotBundledIsShownApartAndNeverNext(@TempDir Path root) throws Exception {
        Path problems = Files.createSymbolicLink(root.resolve("problems"), TestPackages.PROBLEMS);
        Files.createDirectories(root.resolve("plans"));
        Files.writeString(root.resolve("plans/mine.json"), """
            {"title": {"en": "Mine", "zh": "我的"}, "sections": [{"title": {"en": "All", "zh": "全部"}, "problems": [
              {"id": 904, "slug": "fruit-into-baskets"}, {"id": 209, "slug": "minimum-size-subarray-sum"}]}]}
            """);
        CliTest.Run r = judge(problems, data, "plan", "mine", "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Solved 0 of 1  ....................  0 attempted, 1 not bundled in this"
                + " judge\nNext: 209. "), r.out());
        assertTrue(r.out().contains("\n   not-bundled  904  fruit-into-baskets\n"), r.out());
        CliTest.Run list = judge(problems, data, "list", "--plan", "mine");
        assertEquals(List.of(209), PracticeCliTest.ids(list.out()));
        assertEquals("judge: not bundled in this judge, so not listed: 904 fruit-into-baskets (plan mine)\n",
                list.err());

        Files.writeString(root.resolve("plans/mine.json"), "{\"title\": {\"en\": \"Mine\", \"zh\": \"我的\"},"
                + " \"sections\": [{\"title\": {\"en\": \"All\", \"zh\": \"全部\"}, \"problems\": [\n"
                + "  {\"id\": 209, \"slug\": \"minimum-window-substring\"}]}]}\n");
        CliTest.Run bad = judge(problems, data, "plan", "mine");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().matches("(?s)judge: .*plans/mine\\.json:2:23 at /sections/0/problems/0/slug:\n"
                + "  problem 209 is minimum-size-subarray-sum, not minimum-window-substring: check the number and the"
                + " slug\n"), bad.err());
    }

    @Test
    void listPlanFiltersToThePlansProblemsInItsOrder() {
        CliTest.Run r = judge("list", "--plan", "ml-systems");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of(9002, 9003, 9001, 9011, 9004, 9005, 9006, 9007, 9008, 9009, 9010),
                PracticeCliTest.ids(r.out()));
        // Other hard problems of the plan (992, 30) join this list once their packages are bundled.
        List<Integer> hard = PracticeCliTest.ids(judge("list", "--plan", "sliding-window", "--difficulty", "hard")
                .out());
        assertTrue(hard.contains(76) && hard.indexOf(76) < hard.indexOf(239), hard.toString());
        assertTrue(!hard.contains(3) && !hard.contains(209), hard.toString());
        CliTest.Run unknown = judge("list", "--plan", "nope");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("judge: unknown plan \"nope\"; the plans are: "), unknown.err());
    }
}
