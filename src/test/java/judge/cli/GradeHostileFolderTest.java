package judge.cli;

import static judge.TestPackages.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import judge.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code judge grade} over a folder a hostile class filled: links, a FIFO, /dev/zero and a student whose name
 * carries a terminal escape, a CR and a forged workflow command. The rest is graded, every skip is in every
 * report with its reason, and no report carries a raw control character.
 */
class GradeHostileFolderTest {
    @TempDir Path dir;

    static final String WRONG = "class Solution { public String minWindow(String s, String t) {"
            + " System.out.print(\"\\u001b]52;c;eA==\\u0007\"); return \"\\u001b[2J\" + t; } }";

    @Test
    void aHostileClassIsGradedAndEverySkipIsReported() throws Exception {
        Path root = dir.resolve("class");
        String eve = "eve\r\u001b[32mAccepted\n::error::forged";
        write(root.resolve("alice/76.java"), WRONG);
        write(root.resolve(eve).resolve("76.java"), WRONG);
        Files.createDirectories(root.resolve("bob"));
        Files.createSymbolicLink(root.resolve("bob/76"), TestPackages.P76.resolve("reference"));
        Files.createDirectories(root.resolve("carol"));
        Files.createSymbolicLink(root.resolve("carol/76.java"), Path.of("/dev/zero"));
        Files.createDirectories(root.resolve("dave"));
        assertEquals(0, new ProcessBuilder("mkfifo", root.resolve("dave/76.java").toString()).start().waitFor());
        Path out = dir.resolve("out");

        List<String> args = new ArrayList<>(List.of("--problems", TestPackages.PROBLEMS.toString(), "grade",
                root.toString(), "--jobs", "1", "--log", out.resolve("log.jsonl").toString(), "--csv",
                out.resolve("r.csv").toString(), "--junit-xml", out.resolve("r.xml").toString(), "--json",
                out.resolve("r.json").toString()));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int exit = JudgeCommand.execute(args.toArray(String[]::new), new PrintStream(stdout, true,
                StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8),
                Map.of("GITHUB_ACTIONS", "true"));
        String table = stdout.toString(StandardCharsets.UTF_8);
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, err);

        JsonNode json = new ObjectMapper().readTree(Files.readString(out.resolve("r.json")));
        assertEquals(2, json.get("submissions").size(), json.toPrettyString());
        assertEquals("WRONG_ANSWER", json.get("submissions").get(0).get("verdict").asText());
        assertEquals(eve, json.get("submissions").get(1).get("student").asText(), "JSON keeps the name, escaped");
        assertEquals(3, json.get("skipped").size(), json.toPrettyString());
        String csv = Files.readString(out.resolve("r.csv"));
        String xml = Files.readString(out.resolve("r.xml"));
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(getClass().getResourceAsStream("/junit.xsd")))
                .newValidator().validate(new StreamSource(new StringReader(xml)));
        for (String report : List.of(table, csv, xml)) {
            assertTrue(report.contains("a symbolic link; grading never follows links"), report);
            assertTrue(report.contains("not a regular file (a FIFO, device or socket)"), report);
        }
        for (String text : List.of(table, xml, err, csv.replace("\r\n", "\n"))) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                assertFalse(c == 0x1b || c == 0x07 || c == '\r', "raw U+" + Integer.toHexString(c) + " in:\n" + text);
            }
        }
        assertTrue(table.contains("eve\\r\\u001b[32mAccepted\\n::error::forged"), table);
        long commands = table.lines().filter(l -> l.startsWith("::")).count();
        assertEquals(2 + 3, commands, "one annotation per rejection and per skip, none forged:\n" + table);
    }
}
