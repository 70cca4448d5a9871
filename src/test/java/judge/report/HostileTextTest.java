package judge.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import judge.grading.Csv;
import judge.grading.Grade;
import judge.grading.GradeReport;
import judge.grading.Skipped;
import judge.judging.Verdict;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** The one sanitiser, and every grading writer given a hostile student, file and solution text. */
class HostileTextTest {
    static final String ESC = "\u001b";
    /** Clear the screen, home the cursor, then print a fake green verdict. */
    static final String CLEAR_AND_FAKE = ESC + "[2J" + ESC + "[H" + ESC + "[32mAccepted 82/82" + ESC + "[0m";
    /** OSC 52: write to the reader's clipboard; OSC 0: set the window title. Both ended by BEL. */
    static final String OSC52 = ESC + "]52;c;cm0gLXJmIH4K\u0007";
    static final String TITLE = ESC + "]0;pwned\u0007";
    /** RLO ... PDF: shows "exe.txt" reversed; an isolate; a mark. */
    static final String BIDI = "\u202Etxt.exe\u202C \u2066x\u2069 \u200F \u061C";
    static final String C1 = "\u009b31m\u0085\u0090";
    /** What a hostile student's folder or file can be called. */
    static final String STUDENT = "eve\r" + CLEAR_AND_FAKE + "\n::error file=x::forged\n# Heading <img src=x"
            + " onerror=alert(1)> | col";

    /** No character a terminal, a spreadsheet or an XML parser would act on. */
    static void assertInert(String s) {
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            assertFalse(HostileText.hostile(c, true), () -> "raw U+" + Integer.toHexString(c) + " in: " + s);
        }
    }

    @Test
    void controlCharactersBecomeVisibleEscapes() {
        assertEquals("\\u001b[2J\\u001b[H\\u001b[32mAccepted 82/82\\u001b[0m", HostileText.line(CLEAR_AND_FAKE));
        assertEquals("a\\rb\\u0007c\\u007fd", HostileText.line("a\rb\u0007c\u007fd"));
        assertEquals("\\u009b31m\\u0085\\u0090", HostileText.line(C1));
        assertEquals("\\u001b]52;c;cm0gLXJmIH4K\\u0007", HostileText.line(OSC52));
        assertEquals("\\u001b]0;pwned\\u0007", HostileText.line(TITLE));
        assertEquals("\\u0000", HostileText.line("\u0000"));
    }

    @Test
    void bidiAndInvisibleFormatCharactersBecomeVisibleEscapes() {
        assertEquals("\\u202etxt.exe\\u202c \\u2066x\\u2069 \\u200f \\u061c", HostileText.line(BIDI));
        assertEquals("a\\u200bb\\ufeffc\\u2028d\\u2029", HostileText.line("a\u200Bb\uFEFFc\u2028d\u2029"));
        assertEquals("tag\\U+E0041", HostileText.line("tag\uDB40\uDC41"), "a format character above the BMP");
        assertEquals("\\ud800x", HostileText.line("\uD800x"), "a lone surrogate");
    }

    @Test
    void ordinaryTextIsUntouched() {
        String text = "最小覆盖子串 \"ADOBECODEBANC\" [1,null,2] é 😀 a\\nb";
        assertEquals(text, HostileText.line(text));
        assertEquals(text, HostileText.block(text));
    }

    @Test
    void aLineNeverEndsEarlyButABlockKeepsItsLines() {
        assertEquals("one\\ntwo\\tthree\\r", HostileText.line("one\ntwo\tthree\r"));
        assertEquals("one\ntwo\tthree\\r", HostileText.block("one\ntwo\tthree\r"));
        assertEquals("x\\r\\u001b[2K fake\n", HostileText.block("x\r\u001b[2K fake\n"));
    }

    @Test
    void csvCellsThatCouldBeFormulasGetAQuote() {
        assertEquals("'=HYPERLINK(\"http://x\")", HostileText.csv("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", HostileText.csv("+1"));
        assertEquals("'-2+3", HostileText.csv("-2+3"));
        assertEquals("'@SUM(A1)", HostileText.csv("@SUM(A1)"));
        assertEquals("'\\t=1", HostileText.csv("\t=1"));
        assertEquals("'\\r=1", HostileText.csv("\r=1"));
        assertEquals("a=1", HostileText.csv("a=1"));
        assertEquals("", HostileText.csv(null));
    }

    @Test
    void workflowCommandsCannotBeInjected() {
        assertEquals("a%0A::error::forged\\r%25", HostileText.workflowData("a\n::error::forged\r%"));
        assertEquals("f%3A1%2Cline=2\\n%3A%3Awarning%3A%3Ax", HostileText.workflowProperty("f:1,line=2\n::warning::x"));
        assertEquals("\\u001b[31m", HostileText.workflowData(ESC + "[31m"));
    }

    @Test
    void markdownIsInert() {
        String md = HostileText.markdown("# h\n<script>x</script> [a](http://x) ![i](y) *b* _c_ `d` |e| ~~f~~ &amp;");
        assertEquals("# h\\\\n&lt;script&gt;x&lt;/script&gt; \\[a\\](http://x) !\\[i\\](y) \\*b\\* \\_c\\_ \\`d\\` \\|e\\|"
                + " \\~\\~f\\~\\~ &amp;amp;", md);
    }

    private static GradeReport hostileReport() {
        String nasty = CLEAR_AND_FAKE + OSC52 + BIDI + C1 + "\u007f\r\n=cmd|' /C calc'!A0";
        Grade.Failure failure = new Grade.Failure("hidden 7" + TITLE, List.of("\"" + nasty + "\""), "\"b\"",
                "\"" + nasty + "\"", "the window misses " + nasty);
        Grade bad = new Grade(STUDENT, 76, "minimum-window-substring", "Minimum Window Substring",
                "class/" + STUDENT + "/76.java", "sha", "pkg", "1.0", Verdict.WRONG_ANSWER, 3, 80, 5, 41.5,
                "went wrong " + nasty, failure, List.of());
        Grade good = new Grade("=1+1", 76, "minimum-window-substring", "Minimum Window Substring",
                "class/=1+1/76.java", "sha", "pkg", "1.0", Verdict.ACCEPTED, 80, 80, 5, 41.5, null, null, List.of());
        return new GradeReport("1.0", null, List.of(bad, good),
                List.of(new Skipped("class/" + STUDENT + "/x.txt", "not a .java file " + nasty)));
    }

    @Test
    void theGradeTableHasNoRawControlsAndOneLinePerRow() {
        String text = GradeTable.render(hostileReport());
        assertInert(text.replace("\n", ""));
        assertFalse(text.contains("\r"));
        for (String line : text.split("\n")) {
            assertFalse(line.startsWith("::"), line);
            assertFalse(line.startsWith("# "), line);
        }
        assertTrue(text.contains("eve\\r\\u001b[2J"), text);
    }

    @Test
    void theCsvHasNoFormulaCellsAndNoRawControls() {
        String csv = GradeCsv.render(hostileReport());
        List<List<String>> rows = Csv.parse(csv, java.nio.file.Path.of("report.csv"));
        assertEquals(4, rows.size(), "a header, one line per grade and one per skip: " + csv);
        for (List<String> row : rows) {
            for (String cell : row) {
                assertInert(cell);
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, cell);
            }
        }
        assertEquals("'=1+1", rows.get(1).get(0));
        assertTrue(rows.get(2).get(0).startsWith("eve\\r\\u001b[2J"), rows.get(2).get(0));
    }

    @Test
    void junitXmlWithHostileNamesAndTextValidates() throws Exception {
        String xml = JUnitXml.render(hostileReport());
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(HostileTextTest.class.getResourceAsStream("/junit.xsd")));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)));
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(1);
        assertInert(suite.getAttribute("name"));
        assertTrue(suite.getAttribute("name").startsWith("eve\\r\\u001b[2J"), suite.getAttribute("name"));
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertInert(failure.getAttribute("message"));
        assertInert(failure.getTextContent());
        assertFalse(xml.contains("&#13;"), "no CR reaches the file, even as a character reference");
    }

    @Test
    void annotationsAreOneCommandEachWithNoRawControls() {
        List<String> lines = GitHubActions.annotations(hostileReport());
        assertEquals(2, lines.size(), lines.toString());
        for (String line : lines) {
            assertFalse(line.contains("\n") || line.contains("\r"), line);
            assertInert(line);
        }
        assertTrue(lines.get(0).startsWith("::error file=class/eve\\r\\u001b[2J"), lines.get(0));
        assertTrue(lines.get(0).contains("\\n%3A%3Aerror file=x%3A%3Aforged\\n"), lines.get(0));
    }

    @Test
    void theStepSummaryIsInertMarkdown() {
        String md = GitHubActions.summary(hostileReport());
        assertInert(md.replace("\n", ""));
        assertFalse(md.replaceAll("`[^`\n]*`", "").contains("<img"), "raw HTML only inside code spans: " + md);
        assertFalse(md.contains("\n# Heading"), md);
        for (String line : md.split("\n")) {
            if (line.startsWith("| eve")) {
                assertEquals(5, line.split("(?<!\\\\)\\|", -1).length, "no extra table column: " + line);
            }
        }
    }
}
