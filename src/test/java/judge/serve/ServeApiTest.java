package judge.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import judge.TestPackages;
import judge.cli.JudgeCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API judges the workspace's file as the CLI would, answers the CLI's JSON, and records in the history. */
class ServeApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fields that time the run: they differ between any two judgings. */
    private static final Set<String> TIMING = Set.of("runtimeMs", "memoryMb", "referenceRuntimeMs", "timeLimitMs");

    @TempDir static Path dir;
    static ServeFixture serve;

    @BeforeAll
    static void start() throws IOException {
        serve = new ServeFixture(dir);
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    private static JsonNode post(String path, ObjectNode body, int status) throws IOException {
        Http.Answer a = Http.postJson(serve.port(), path, body.toString(), serve.token());
        assertEquals(status, a.status(), a.body());
        return JSON.readTree(a.body());
    }

    private static JsonNode get(String path) throws IOException {
        Http.Answer a = Http.get(serve.port(), path, serve.token());
        assertEquals(200, a.status(), a.body());
        return JSON.readTree(a.body());
    }

    private static ObjectNode request(String problem, String code) {
        ObjectNode n = JSON.createObjectNode();
        n.put("problem", problem);
        n.put("language", "java");
        if (code != null) {
            n.put("code", code);
        }
        return n;
    }

    private static JsonNode cliSubmit(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = JudgeCommand.execute(new String[] {"--problems", TestPackages.PROBLEMS.toString(), "--data",
                dir.resolve("cli-data").toString(), "submit", "76", file.toString(), "--format", "json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertTrue(exit == 0 || exit == 1, "exit " + exit);
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    /** The node without its timing fields, at any depth. */
    private static JsonNode untimed(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Iterator<String> names = o.fieldNames(); names.hasNext(); ) {
                if (TIMING.contains(names.next())) {
                    names.remove();
                }
            }
        }
        node.forEach(ServeApiTest::strip);
    }

    private static Path file76() {
        return serve.workspace.resolve("0076-minimum-window-substring").resolve("Solution.java");
    }

    @Test
    void theApisSubmitEqualsTheClisSubmitFieldByFieldTimingAside() throws IOException {
        for (String code : List.of("class Solution { public String minWindow(String s, String t) { return t; } }",
                TestPackages.read(TestPackages.P76.resolve("reference/Solution.java")))) {
            JsonNode api = post("/api/submit", request("76", code), 200);
            assertEquals(code, Files.readString(file76()), "the editor's code is saved where judge new writes it");
            JsonNode cli = cliSubmit(file76());
            assertEquals(untimed(cli), untimed(api));
            Set<String> names = new java.util.TreeSet<>();
            api.fieldNames().forEachRemaining(names::add);
            Set<String> cliNames = new java.util.TreeSet<>();
            cli.fieldNames().forEachRemaining(cliNames::add);
            assertEquals(cliNames, names, "the same fields, timing ones too");
        }
    }

    @Test
    void runTakesCustomCasesAndSaysWhereTheyAreWrong() throws IOException {
        ObjectNode req = request("76", "class Solution { public String minWindow(String s, String t) {"
                + " System.out.println(\"<script>alert(1)</script>\"); return s; } }");
        req.put("cases", "\"ab\"\n\"b\"\n\"a\"\n\"a\"");
        JsonNode r = post("/api/run", req, 200);
        assertEquals("run", r.get("mode").asText());
        assertEquals("WRONG_ANSWER", r.get("verdict").asText(), r.toString());
        assertEquals(2, r.get("tests").size());
        assertEquals("case-1", r.get("tests").get(0).get("test").asText());
        assertEquals("\"b\"", r.get("tests").get(0).get("expected").asText(), "the reference's answer");
        assertEquals("<script>alert(1)</script>\n", r.get("tests").get(0).get("stdout").asText(),
                "the solution's output is data: the page shows it as text");
        req.put("cases", "\"ab\"\n42");
        JsonNode bad = post("/api/run", req, 400);
        assertTrue(bad.get("error").asText().startsWith("custom input"), bad.toString());
    }

    @Test
    void judgingsAreRecordedAndShowInTheListHistoryAndStats() throws IOException {
        post("/api/submit", request("3", "class Solution { public int lengthOfLongestSubstring(String s) {"
                + " return 0; } }"), 200);
        JsonNode list = get("/api/problems");
        JsonNode three = null;
        for (JsonNode p : list.get("problems")) {
            if (p.get("id").asInt() == 3) {
                three = p;
            }
        }
        assertEquals("attempted", three.get("status").asText());
        JsonNode history = get("/api/history?problem=3");
        JsonNode newest = history.get("judgings").get(0);
        assertEquals("submit", newest.get("mode").asText());
        assertEquals("WRONG_ANSWER", newest.get("verdict").asText());
        JsonNode one = get("/api/history/" + newest.get("id").asLong());
        assertTrue(one.get("code").asText().contains("return 0;"), one.toString());
        JsonNode stats = get("/api/stats");
        String today = LocalDate.now(ZoneId.systemDefault()).toString();
        assertEquals(today, stats.get("today").asText());
        assertTrue(stats.get("days").get(today).asInt() >= 1, stats.toString());
        assertTrue(stats.get("attempted").asInt() >= 1);
        assertEquals(3, stats.get("byDifficulty").size());
    }

    @Test
    void aProblemCarriesItsStatementInBothLanguagesItsExamplesAndAStubPerLanguage() throws IOException {
        JsonNode p = get("/api/problems/minimum-window-substring");
        assertEquals(76, p.get("id").asInt());
        assertTrue(p.get("statement").get("en").asText().contains("<h1>76. Minimum Window Substring</h1>"));
        assertTrue(p.get("statement").get("zh").asText().contains("最小覆盖子串"), p.get("statement").get("zh").asText());
        assertEquals("\"ADOBECODEBANC\"", p.get("examples").get(0).get("input").get(0).asText());
        assertEquals("[\"s\",\"t\"]", p.get("params").toString());
        JsonNode java = p.get("languages").get(0);
        assertEquals("java", java.get("name").asText());
        assertTrue(java.get("stub").asText().contains("public String minWindow(String s, String t)"));
        assertTrue(java.get("file").asText().endsWith("0076-minimum-window-substring/Solution.java"));
    }

    @Test
    void fuzzAnswersTheClisFuzzObjectAndCanKeepTheCounterexample() throws IOException {
        ObjectNode req = request("76", "class Solution { public String minWindow(String s, String t) {"
                + " return s.length() > 2 ? \"\" : s.contains(t) ? t : \"\"; } }");
        req.put("seed", 7);
        req.put("seconds", 20);
        req.put("save", true);
        JsonNode r = post("/api/fuzz", req, 200);
        assertEquals("FALSIFIED", r.get("status").asText(), r.toString());
        assertEquals(7, r.get("seed").asLong());
        assertTrue(Files.isRegularFile(Path.of(r.get("savedTo").asText())), r.toString());
        assertTrue(r.get("savedTo").asText().startsWith(dir.resolve("saved-tests").toString()));
    }
}
