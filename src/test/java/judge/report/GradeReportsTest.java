package judge.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import judge.compile.CompileError;
import judge.grading.Csv;
import judge.grading.Grade;
import judge.grading.GradeReport;
import judge.grading.Skipped;
import judge.judging.Result;
import judge.judging.TestResult;
import judge.judging.Verdict;
import judge.problem.PackageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Every grading format rendered from one report, and read back where the judge reads it. */
class GradeReportsTest {
    @TempDir Path dir;

    /** What a solution may print or return: control characters, XML's and CSV's special characters. */
    static final String NASTY = "a\u0000b\u0007 <x> & \"q\" ]]> , \n line2 \uD83D\uDE00";
    /** A lone surrogate: no encoding can write it, XML cannot hold it. */
    static final String LONE = "\uD800";

    static Grade grade(String student, int id, Verdict v) {
        return grade(student, id, v, NASTY);
    }

    static Grade grade(String student, int id, Verdict v, String nasty) {
        Grade.Failure failure = v == Verdict.WRONG_ANSWER || v == Verdict.TIME_LIMIT_EXCEEDED
                ? new Grade.Failure("hidden 7", List.of("\"" + nasty + "\"", "\"b\""), "\"b\"", "\"" + nasty + "\"",
                        "the window misses 'b'\nsecond line")
                : null;
        List<CompileError> errors = v == Verdict.COMPILE_ERROR
                ? List.of(new CompileError(14, 26, "';' expected", "")) : List.of();
        return new Grade(student, id, "slug-" + id, "Title, " + id, "class/" + student + "/" + id + ".java",
                "sha-" + student, "pkg", "1.0", v, v.isAccepted() ? 80 : 3, v == Verdict.COMPILE_ERROR ? 0 : 80,
                v.isAccepted() ? 123.456 : 5, v == Verdict.COMPILE_ERROR ? null : 41.5,
                v.isAccepted() ? null : v == Verdict.INTERNAL_ERROR ? "the checker failed" : "went wrong", failure,
                errors);
    }

    static GradeReport report() {
        return report(NASTY);
    }

    static GradeReport report(String nasty) {
        return new GradeReport("1.0", "1/2", List.of(
                grade("amy", 76, Verdict.ACCEPTED), grade("amy", 209, Verdict.WRONG_ANSWER, nasty),
                grade("bob, jr", 76, Verdict.COMPILE_ERROR), grade("bob, jr", 209, Verdict.TIME_LIMIT_EXCEEDED),
                grade("cy", 76, Verdict.INTERNAL_ERROR)),
                List.of(new Skipped("class/README.md", "not inside a student's folder")));
    }

    private static Document validJUnit(String xml) throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(GradeReportsTest.class.getResourceAsStream("/junit.xsd")));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void junitXmlIsValidWithASuitePerStudentACasePerProblemAndCountsThatAddUp() throws Exception {
        Document doc = validJUnit(JUnitXml.render(report(NASTY + LONE)));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("6", root.getAttribute("tests"));
        assertEquals("3", root.getAttribute("failures"));
        assertEquals("1", root.getAttribute("errors"));
        assertEquals("1", root.getAttribute("skipped"));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertEquals(List.of("amy", "bob, jr", "cy", "skipped files"), names(suites));
        Element amy = (Element) suites.item(0);
        assertEquals("2", amy.getAttribute("tests"));
        assertEquals("1", amy.getAttribute("failures"));
        NodeList cases = amy.getElementsByTagName("testcase");
        assertEquals("76. Title, 76", ((Element) cases.item(0)).getAttribute("name"));
        assertEquals("class/amy/76.java", ((Element) cases.item(0)).getAttribute("file"));
        assertEquals("0.123", ((Element) cases.item(0)).getAttribute("time"));
        assertEquals(0, ((Element) cases.item(0)).getElementsByTagName("failure").getLength());
        Element failure = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
        assertEquals("WRONG_ANSWER", failure.getAttribute("type"));
        assertEquals("Wrong Answer (3/80 tests passed) on hidden 7: the window misses 'b'",
                failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("input:\n  \"a\\u0000b\\u0007 <x> & \"q\" ]]> ,"),
                failure.getTextContent());
        assertTrue(failure.getTextContent().contains("\uD83D\uDE00\\ud800"), "a pair survives, a lone half is escaped");
        Element error = (Element) ((Element) suites.item(2)).getElementsByTagName("error").item(0);
        assertEquals("INTERNAL_ERROR", error.getAttribute("type"));
        Element ce = (Element) ((Element) suites.item(1)).getElementsByTagName("failure").item(0);
        assertEquals("COMPILE_ERROR", ce.getAttribute("type"));
        assertTrue(ce.getTextContent().contains("class/bob, jr/76.java:14:26: ';' expected"), ce.getTextContent());
        Element skipped = (Element) ((Element) suites.item(3)).getElementsByTagName("skipped").item(0);
        assertEquals("not inside a student's folder", skipped.getAttribute("message"));
    }

    private static List<String> names(NodeList nodes) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            names.add(((Element) nodes.item(i)).getAttribute("name"));
        }
        return names;
    }

    @Test
    void junitXmlOfOneSubmissionHasACasePerTestThatRan() throws Exception {
        Result.ProblemRef p = new Result.ProblemRef(76, "minimum-window-substring", "Minimum Window Substring");
        TestResult ok = new TestResult("example 1", Verdict.ACCEPTED, 1.5, 1000, List.of(), null, null, null, null);
        TestResult bad = new TestResult("hidden 3", Verdict.WRONG_ANSWER, 2.0, 1000, List.of("\"ab\"", "\"b\""),
                "\"b\"", "\"\"", "expected \"b\"", null);
        Result wrong = new Result("submit", p, "Sol.java", Verdict.WRONG_ANSWER, 1, 80, 3.5, 40.0, 1.0,
                List.of(ok, bad), bad, List.of(), null);
        Document doc = validJUnit(JUnitXml.render(wrong));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(List.of("example 1", "hidden 3"), names(cases));
        assertEquals("1", ((Element) doc.getElementsByTagName("testsuite").item(0)).getAttribute("failures"));
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertEquals("Wrong Answer: expected \"b\"", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("input:\n  \"ab\"\n  \"b\"\nexpected: \"b\"\noutput:   \"\""),
                failure.getTextContent());

        Result compile = new Result("submit", p, "Sol.java", Verdict.COMPILE_ERROR, 0, 0, 0, null, null, List.of(),
                null, List.of(new CompileError(3, 5, "cannot find symbol", "x")), "1 error");
        doc = validJUnit(JUnitXml.render(compile));
        assertEquals(List.of("compile"), names(doc.getElementsByTagName("testcase")));
        assertTrue(doc.getElementsByTagName("failure").item(0).getTextContent()
                .contains("Sol.java:3:5: cannot find symbol"));
    }

    @Test
    void csvHasAHeaderAndOneRowPerSubmissionQuotedWhereNeeded() {
        String csv = GradeCsv.render(report());
        List<List<String>> rows = Csv.parse(csv, Path.of("report.csv"));
        assertEquals(List.of(GradeCsv.HEADER.split(",")), List.of(rows.get(0).toArray(String[]::new)));
        assertEquals(7, rows.size());
        assertEquals(List.of("", "", "", "SKIPPED", "", "", "", "", "class/README.md", "", "",
                "not inside a student's folder"), rows.get(6), "a skipped file has a row with its reason");
        assertEquals(List.of("amy", "76", "slug-76", "ACCEPTED", "80", "80", "123.456", "41.5", "class/amy/76.java",
                "sha-amy", "", ""), rows.get(1));
        List<String> bob = rows.get(3);
        assertEquals("bob, jr", bob.get(0));
        assertEquals("COMPILE_ERROR", bob.get(3));
        assertEquals("", bob.get(7), "no memory for a source that never ran");
        assertEquals("Compile Error: line 14: ';' expected", bob.get(11));
        assertTrue(csv.contains("\"bob, jr\""), "a comma is quoted");
    }

    @Test
    void jsonRoundTripsThroughMerge() throws Exception {
        GradeReport report = report();
        Path file = dir.resolve("r.json");
        Files.writeString(file, GradeJson.render(report));
        GradeReport back = GradeJson.parseReport(file, file);
        assertEquals(report, back.withoutSourceLines());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(GradeJson.render(report));
        assertEquals(1, json.get("schemaVersion").asInt());
        assertEquals("1/2", json.get("shard").asText());
        assertEquals(5, json.get("totals").get("submissions").asInt());
        assertEquals(1, json.get("totals").get("accepted").asInt());
        assertEquals(4, json.get("totals").get("rejected").asInt());
        assertEquals(1, json.get("totals").get("byVerdict").get("WRONG_ANSWER").asInt());
        var amy = json.get("submissions").get(1);
        assertEquals("WRONG_ANSWER", amy.get("verdict").asText());
        assertEquals("Wrong Answer", amy.get("verdictTitle").asText());
        assertEquals("hidden 7", amy.get("failure").get("test").asText());
        assertEquals(2, amy.get("failure").get("input").size());
    }

    @Test
    void aLoneSurrogateInAnOutputCannotStopAReportBeingWritten() throws Exception {
        Path file = dir.resolve("r.json");
        judge.problem.TextFiles.writeAtomically(file, GradeJson.render(report(NASTY + LONE)));
        GradeReport back = GradeJson.parseReport(file, file);
        assertEquals("\"" + NASTY + "?\"", back.grades().get(1).failure().output());
    }

    @Test
    void aDamagedReportIsNamedWithItsPointer() throws Exception {
        Path file = dir.resolve("r.json");
        String text = GradeJson.render(report()).replace("\"verdict\" : \"ACCEPTED\"", "\"verdict\" : \"GREAT\"");
        Files.writeString(file, text);
        PackageException e = assertThrows(PackageException.class, () -> GradeJson.parseReport(file, file));
        assertTrue(e.getMessage().contains("/submissions/0/verdict") && e.getMessage().contains("unknown verdict"),
                e.getMessage());
        Files.writeString(file, "{\"mode\": \"submit\"}");
        e = assertThrows(PackageException.class, () -> GradeJson.parseReport(file, file));
        assertTrue(e.getMessage().contains("expected a grading report"), e.getMessage());
    }

    @Test
    void longInputsAreCutWithTheirFullLength() {
        String huge = "x".repeat(100_000);
        String cut = Grade.cut(huge);
        assertEquals(Grade.MAX_SHOWN, cut.length());
        assertTrue(cut.endsWith("x… (100,000 characters in all)"), cut);
    }

    @Test
    void githubAnnotationsPointAtEachRejectedFileEscaped() {
        List<String> lines = GitHubActions.annotations(report());
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("::error file=class/amy/209.java,title=amy/209%3A Wrong Answer::Wrong Answer"
                + " (3/80 tests passed) on hidden 7"), lines.get(0));
        assertFalse(lines.get(0).contains("\n"), "one line per annotation");
        assertTrue(lines.get(0).contains("%0Ainput: "), lines.get(0));
        assertTrue(lines.get(1).startsWith("::error file=class/bob%2C jr/76.java,line=14,title="), lines.get(1));
        assertEquals("::warning file=class/README.md,title=not graded::not inside a student's folder", lines.get(4));
        assertEquals("100%25 a%0Ab", GitHubActions.data("100% a\nb"));
    }

    @Test
    void githubSummaryIsAMarkdownTableWithTheRejections() {
        String md = GitHubActions.summary(report());
        assertTrue(md.startsWith("## Grading (shard 1/2)\n\n**1 of 5** submissions accepted, 1 skipped.\n"), md);
        assertTrue(md.contains("| student | 76. slug-76 | 209. slug-209 | accepted |\n|---|:---:|:---:|:---:|\n"), md);
        assertTrue(md.contains("| amy | ✅ AC | ❌ WA | 1/2 |\n"), md);
        assertTrue(md.contains("| cy | ❌ IE | | 0/1 |\n"), md);
        assertTrue(md.contains("- `class/amy/209.java`: Wrong Answer"), md);
    }

    @Test
    void theTableShowsStudentsByProblemsWithTotals() {
        String text = GradeTable.render(report());
        assertTrue(text.startsWith("Graded 5 submissions of 3 students to 2 problems (shard 1/2)\n\n"), text);
        assertTrue(text.contains("student   76   209  accepted\n"), text);
        assertTrue(text.contains("amy       AC   WA   1/2\n"), text);
        assertTrue(text.contains("bob, jr   CE   TLE  0/2\n"), text);
        assertTrue(text.contains("cy        IE   -    0/1\n"), text);
        assertTrue(text.contains("accepted  1/3  0/2  1/5\n"), text);
        assertTrue(text.contains("Verdicts: 1 Accepted, 1 Wrong Answer, 1 Time Limit Exceeded, 1 Compile Error,"
                + " 1 Internal Error\n"), text);
        assertTrue(text.contains("\nSkipped 1 file:\n  class/README.md: not inside a student's folder\n"), text);
    }
}
