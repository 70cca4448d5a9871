package judge.cli;

import static judge.TestPackages.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import judge.TestPackages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code judge grade} and {@code judge merge} as a course's CI job runs them: a class with one submission of
 * every kind (accepted, wrong, slow, crashing, not compiling, over memory), each of which must get the verdict
 * that {@code submit} gives it alone (the package's folder names it, and {@code verify} holds submit to it).
 */
class GradeCliTest {
    @TempDir static Path dir;
    static Path classDir;
    static Path work;
    /** student → the verdict submit gives that student's file. */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();
    static Run full;
    static JsonNode fullJson;

    record Run(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run judge(Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of(args).contains("--problems") ? List.of()
                : List.of("--problems", TestPackages.PROBLEMS.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = JudgeCommand.execute(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run judge(String... args) {
        return judge(Map.of(), args);
    }

    static String file(String name) {
        return work.resolve(name).toString();
    }

    @BeforeAll
    static void gradeTheClass() throws IOException {
        classDir = dir.resolve("class");
        work = Files.createDirectories(dir.resolve("work"));
        Path submissions = TestPackages.P76.resolve("submissions");
        String[][] students = {
            {"amy", "accepted/HashMapWindow.java", "ACCEPTED"},
            {"bob", "wrong_answer/TreatsTAsSet.java", "WRONG_ANSWER"},
            {"cy", "time_limit_exceeded/RecountTEveryStep.java", "TIME_LIMIT_EXCEEDED"},
            {"dee", "runtime_error/LowercaseArray26.java", "RUNTIME_ERROR"},
            {"eli", "compile_error/MissingSemicolon.java", "COMPILE_ERROR"},
            {"fay", "memory_limit_exceeded/CollectEveryWindow.java", "MEMORY_LIMIT_EXCEEDED"},
        };
        for (String[] s : students) {
            // Both layouts: <student>/<problem>.java and <student>/<problem>/Solution.java.
            Path target = s[0].equals("bob") ? classDir.resolve("bob/minimum-window-substring/Solution.java")
                    : classDir.resolve(s[0]).resolve("76.java");
            write(target, TestPackages.read(submissions.resolve(s[1])));
            EXPECTED.put(s[0], s[2]);
        }
        write(classDir.resolve("notes.txt"), "not a submission");
        full = judge("grade", classDir.toString(), "--jobs", "2", "--format", "json", "--json", file("full.json"),
                "--csv", file("full.csv"), "--junit-xml", file("full.xml"), "--log", file("full.jsonl"));
        fullJson = full.json();
    }

    private static Map<String, String> verdicts(JsonNode report) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        report.get("submissions").forEach(s -> verdicts.put(s.get("student").asText(), s.get("verdict").asText()));
        return verdicts;
    }

    @Test
    void everySubmissionGetsTheVerdictSubmitGivesItAlone() {
        assertEquals(0, full.exit(), full.err());
        assertEquals(EXPECTED, verdicts(fullJson));
        assertEquals(6, fullJson.get("totals").get("submissions").asInt());
        assertEquals(1, fullJson.get("totals").get("accepted").asInt());
        assertEquals("class/notes.txt", Path.of("class").resolve(
                Path.of(fullJson.get("skipped").get(0).get("path").asText()).getFileName()).toString());
        JsonNode bob = fullJson.get("submissions").get(1);
        assertEquals("bob", bob.get("student").asText());
        assertEquals(76, bob.get("problemId").asInt());
        assertTrue(bob.get("source").asText().endsWith(Path.of("bob", "minimum-window-substring", "Solution.java")
                .toString()), bob.toString());
        assertTrue(bob.get("passed").asInt() < bob.get("total").asInt());
        assertTrue(bob.get("failure").get("input").size() == 2, bob.toString());
        JsonNode eli = fullJson.get("submissions").get(4);
        assertEquals(14, eli.get("compileErrors").get(0).get("line").asInt(), eli.toString());
    }

    @Test
    void jsonModePrintsOnlyTheReportAndProgressGoesToStderr() {
        assertTrue(full.out().startsWith("{") && full.out().strip().endsWith("}"), full.out());
        assertTrue(full.err().contains("[6/6] "), full.err());
    }

    @Test
    void reportFilesAreWrittenInEveryFormat() throws Exception {
        assertEquals(fullJson, new ObjectMapper().readTree(Files.readString(work.resolve("full.json"))));
        List<String> csv = Files.readAllLines(work.resolve("full.csv"));
        assertEquals(8, csv.size(), "a header, six submissions and the skipped notes.txt");
        assertTrue(csv.get(0).startsWith("student,problem_id,problem,verdict,"), csv.get(0));
        assertTrue(csv.get(2).startsWith("bob,76,minimum-window-substring,WRONG_ANSWER,"), csv.get(2));
        String xml = Files.readString(work.resolve("full.xml"));
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(getClass().getResourceAsStream("/junit.xsd")))
                .newValidator().validate(new StreamSource(new StringReader(xml)));
        assertTrue(xml.contains("<testsuite errors=\"0\" failures=\"1\" name=\"cy\""), xml);
        assertTrue(xml.contains("type=\"TIME_LIMIT_EXCEEDED\""), xml);
        assertEquals(6, Files.readAllLines(work.resolve("full.jsonl")).size(), "a log line per graded submission");
    }

    @Test
    void twoShardsMergedEqualTheWholeRun() throws Exception {
        Run one = judge("grade", classDir.toString(), "--shard", "1/2", "--json", file("a.json"), "--log",
                file("a.jsonl"));
        Run two = judge("grade", classDir.toString(), "--shard", "2/2", "--json", file("b.json"), "--log",
                file("b.jsonl"));
        assertEquals(0, one.exit(), one.err());
        assertEquals(0, two.exit(), two.err());
        assertTrue(one.out().contains("(shard 1/2)"), one.out());
        JsonNode a = new ObjectMapper().readTree(Files.readString(work.resolve("a.json")));
        JsonNode b = new ObjectMapper().readTree(Files.readString(work.resolve("b.json")));
        assertEquals(3, a.get("submissions").size());
        assertEquals(3, b.get("submissions").size());
        Run merged = judge("merge", file("a.json"), file("b.json"), "--format", "json", "--junit-xml",
                file("merged.xml"));
        assertEquals(0, merged.exit(), merged.err());
        assertEquals(decisions(fullJson), decisions(merged.json()));
        assertEquals("", merged.err());

        Run partial = judge("merge", file("a.json"));
        assertEquals(0, partial.exit());
        assertTrue(partial.err().contains("warning: shard 2/2 is missing; the merged report is not the whole class"),
                partial.err());
        Run fromLogs = judge("merge", file("a.jsonl"), file("b.jsonl"), "--format", "json");
        assertEquals(EXPECTED, verdicts(fromLogs.json()));
    }

    /** What grading decided, per submission and skipped file: not timings, memory or messages quoting them. */
    private static List<String> decisions(JsonNode report) {
        List<String> lines = new ArrayList<>();
        report.get("submissions").forEach(s -> lines.add(String.join(" ", s.get("student").asText(),
                s.get("problemId").asText(), s.get("source").asText(), s.get("sourceSha256").asText(),
                s.get("verdict").asText(), s.get("passed").asText(), s.get("total").asText(),
                s.get("failure").isNull() ? "-" : s.get("failure").get("test").asText())));
        report.get("skipped").forEach(s -> lines.add(s.get("path").asText() + ": " + s.get("reason").asText()));
        lines.add(report.get("totals").toString());
        return lines;
    }

    @Test
    void resumeKeepsStandingGradesAndRegradesAChangedSource() throws IOException {
        Path log = work.resolve("resume.jsonl");
        Files.copy(work.resolve("full.jsonl"), log);
        Path changed = dir.resolve("class2");
        copyTree(classDir, changed);
        write(changed.resolve("amy/76.java"), TestPackages.read(TestPackages.P76.resolve(
                "submissions/wrong_answer/TreatsTAsSet.java")));
        Run r = judge("grade", changed.toString(), "--resume", "--log", log.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(5, r.err().split("\\(resumed\\)", -1).length - 1, r.err());
        Map<String, String> expected = new LinkedHashMap<>(EXPECTED);
        expected.put("amy", "WRONG_ANSWER");
        assertEquals(expected, verdicts(r.json()));
        assertEquals(6 + 6, Files.readAllLines(log).size(), "the log keeps every grade, newest last");
        assertTrue(r.json().get("submissions").get(2).get("source").asText().contains("class2"),
                "a resumed grade points at the file where it is now");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void failOnRejectAndGitHubAnnotationsAndSummary() throws IOException {
        Path summary = work.resolve("summary.md");
        Map<String, String> env = new HashMap<>(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY",
                summary.toString()));
        Path log = work.resolve("gh.jsonl");
        Files.copy(work.resolve("full.jsonl"), log);
        Run r = judge(env, "grade", classDir.toString(), "--resume", "--log", log.toString(), "--fail-on-reject");
        assertEquals(1, r.exit(), r.err());
        List<String> annotations = r.out().lines().filter(l -> l.startsWith("::")).toList();
        assertEquals(6, annotations.size(), r.out());
        assertTrue(annotations.get(0).startsWith("::error file=") && annotations.get(0).contains(
                "bob/minimum-window-substring/Solution.java,title=bob/76%3A Wrong Answer::Wrong Answer ("),
                annotations.get(0));
        assertTrue(annotations.stream().anyMatch(a -> a.contains("eli/76.java,line=14,")), annotations.toString());
        assertTrue(annotations.get(5).startsWith("::warning file=") && annotations.get(5).contains("notes.txt"),
                annotations.get(5));
        String md = Files.readString(summary);
        assertTrue(md.startsWith("## Grading\n\n**1 of 6** submissions accepted, 1 skipped.\n"), md);

        Run json = judge(env, "grade", classDir.toString(), "--resume", "--log", log.toString(), "--format", "json");
        assertEquals(0, json.exit(), "without --fail-on-reject, a completed grading exits 0");
        json.json();
        assertTrue(json.err().contains("::error file="), "in JSON mode annotations go to stderr");
        assertEquals(2, Files.readString(summary).split("## Grading", -1).length - 1, "appended, not replaced");
    }

    @Test
    void aPackageThatCannotJudgeIsAnInternalErrorAndExit3() {
        Path problems = dir.resolve("broken-problems");
        Path copy = TestPackages.copyOf76(problems);
        write(copy.resolve("reference/Solution.java"), "class Solution { public String minWindow(String s, String t)"
                + " { throw new IllegalStateException(\"broken\"); } }");
        Path one = dir.resolve("one");
        write(one.resolve("amy/76.java"), TestPackages.read(TestPackages.P76.resolve("reference/Solution.java")));
        Run r = judge("--problems", problems.toString(), "grade", one.toString(), "--log", file("broken.jsonl"));
        assertEquals(3, r.exit(), r.err().lines().limit(5).toList().toString());
        assertTrue(r.err().contains("judge: could not grade 1 submission (Internal Error):"), r.err());
        assertTrue(r.err().contains("the reference solution failed"), r.err());
        assertTrue(r.out().contains("amy       IE"), r.out());
    }

    @Test
    void usageErrorsSayWhatIsExpected() {
        Run r = judge("grade");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("judge: give a folder of submissions (DIR) or --manifest FILE"), r.err());
        r = judge("grade", classDir.toString(), "--manifest", file("m.json"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("give either a folder of submissions or --manifest, not both"), r.err());
        r = judge("grade", classDir.toString(), "--shard", "3/2");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--shard: expected i/n with 1 <= i <= n, such as 1/4; found \"3/2\""), r.err());
        r = judge("grade", classDir.toString(), "--jobs", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--jobs: expected a number of at least 1; found 0"), r.err());
        r = judge("grade", dir.resolve("nothing").toString(), "--format", "json");
        assertEquals(2, r.exit());
        assertTrue(r.out().contains("\"error\"") && r.out().contains("nothing: not a folder"), r.out());
    }

    @Test
    void gradingRefusesToRunWithoutTheSandboxUnlessAllowed() throws IOException {
        Map<String, String> none = Map.of("JUDGE_SANDBOX", "none");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run r = judge(none, "grade", empty.toString(), "--log", file("none.jsonl"));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("grade runs code from many people and will not do so without the OS sandbox")
                && r.err().contains("--allow-unsandboxed"), r.err());
        r = judge(none, "grade", empty.toString(), "--allow-unsandboxed", "--log", file("none.jsonl"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("warning: no submissions found in "), r.err());
        assertTrue(r.err().contains("judge: warning: no OS sandbox (") && r.err().contains("use the network"),
                "allowed, grade still says what is at risk: " + r.err());
        assertTrue(r.out().startsWith("Graded 0 submissions of 0 students to 0 problems"), r.out());
    }

    @Test
    void aManifestGradesTheFilesItListsAndMergeCanFailOnRejects() throws IOException {
        Path manifest = dir.resolve("manifest.csv");
        Files.writeString(manifest, "student,problem,path\nzed,76,class/amy/76.java\nyan,minimum-window-substring,"
                + "class/bob/minimum-window-substring/Solution.java\n");
        Run r = judge("grade", "--manifest", manifest.toString(), "--format", "json", "--json", file("manifest.json"),
                "--log", file("manifest.jsonl"));
        assertEquals(0, r.exit(), r.err());
        assertEquals(Map.of("yan", "WRONG_ANSWER", "zed", "ACCEPTED"), verdicts(r.json()));
        Run merged = judge("merge", file("manifest.json"), "--fail-on-reject");
        assertEquals(1, merged.exit(), "yan's Wrong Answer fails the merge");
        assertTrue(merged.out().contains("yan       WA"), merged.out());
    }

    @Test
    void mergeErrorsNameTheFile() throws IOException {
        Run r = judge("merge", file("missing.json"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("missing.json"), r.err());
        r = judge("merge", file("missing.jsonl"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("missing.jsonl: no such file"), r.err());
        JsonNode other = fullJson.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) other.get("submissions").get(0)).put("sourceSha256", "0");
        Files.writeString(work.resolve("other.json"), other.toString());
        r = judge("merge", file("full.json"), file("other.json"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot merge: amy/76 is graded in both") && r.err().contains(
                "from different sources"), r.err());
    }

    @Test
    void submitWritesJUnitXmlForOneSubmission() throws Exception {
        Path xml = work.resolve("submit.xml");
        Run r = judge("submit", "76", classDir.resolve("dee/76.java").toString(), "--junit-xml", xml.toString());
        assertEquals(1, r.exit(), r.err());
        String text = Files.readString(xml);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(getClass().getResourceAsStream("/junit.xsd")))
                .newValidator().validate(new StreamSource(new StringReader(text)));
        assertTrue(text.contains("<testsuite errors=\"0\" failures=\"1\" name=\"76. Minimum Window Substring\""), text);
        assertTrue(text.contains("type=\"RUNTIME_ERROR\""), text);
    }
}
