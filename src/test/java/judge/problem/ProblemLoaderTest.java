package judge.problem;

import static judge.TestPackages.copyOf76;
import static judge.TestPackages.read;
import static judge.TestPackages.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import judge.TestPackages;
import judge.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemLoaderTest {
    @TempDir Path problems;

    @Test
    void loadsProblem76AsDeclared() {
        Problem p = TestPackages.p76();
        assertEquals(76, p.id());
        assertEquals("minimum-window-substring", p.slug());
        assertEquals("最小覆盖子串", p.titleZh());
        assertEquals("public String minWindow(String s, String t)", p.signature().declaration());
        assertEquals(new Range(1, 100000), p.signature().params().get(1).constraints().length());
        assertEquals(new CheckerSpec.PackageClass("MinWindowChecker"), p.checker());
        assertEquals(3, ProblemLoader.examples(p).size());
        assertEquals(new Value.Str("BANC"), ProblemLoader.examples(p).get(0).expected());
    }

    @Test
    void findsAProblemByNumberPaddedNumberSlugOrFolder() {
        ProblemRepository repo = new ProblemRepository(TestPackages.PROBLEMS);
        for (String q : List.of("76", "0076", "minimum-window-substring", "0076-minimum-window-substring")) {
            assertEquals(76, repo.find(q).id(), q);
        }
    }

    @Test
    void anUnknownProblemListsTheKnownOnes() {
        PackageException e = assertThrows(PackageException.class,
                () -> new ProblemRepository(TestPackages.PROBLEMS).find("three-sum"));
        assertTrue(e.getMessage().contains("unknown problem \"three-sum\""), e.getMessage());
        assertTrue(e.getMessage().contains("0076-minimum-window-substring"), e.getMessage());
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() {
        Path dir = copyOf76(problems);
        write(dir.resolve("problem.json"), "{\n  \"id\": 76,\n  \"slug\": \"x\"\n  \"title\": {}\n}\n");
        PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.load(dir));
        assertTrue(e.getMessage().contains("problem.json:4:"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
    }

    @Test
    void aWrongFieldTypeNamesItsLineAndJsonPointer() {
        Path dir = copyOf76(problems);
        String json = read(dir.resolve("problem.json")).replace("\"type\": \"String\", \"length\": { \"min\": 1, "
                + "\"max\": 100000 }, \"chars\": \"A-Za-z\" },\n      { \"name\": \"t\", \"type\": \"String\"",
                "\"type\": \"String\", \"length\": { \"min\": 1, \"max\": 100000 }, \"chars\": \"A-Za-z\" },\n"
                        + "      { \"name\": \"t\", \"type\": 7");
        write(dir.resolve("problem.json"), json);
        PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.load(dir));
        assertTrue(e.getMessage().contains("problem.json:12:"), e.getMessage());
        assertTrue(e.getMessage().contains("at /signature/params/1/type"), e.getMessage());
        assertTrue(e.getMessage().contains("expected a non-empty string, found a number"), e.getMessage());
    }

    @Test
    void aRandomisedCheckerIsDeclaredByItsClassAndABadOneIsLocated() {
        Path dir = copyOf76(problems);
        String json = read(dir.resolve("problem.json"));
        write(dir.resolve("problem.json"), json.replace("{ \"class\": \"MinWindowChecker\" }",
                "{ \"random\": \"MinWindowChecker\" }"));
        assertEquals(new CheckerSpec.Random("MinWindowChecker"), ProblemLoader.load(dir).checker());
        write(dir.resolve("problem.json"), json.replace("{ \"class\": \"MinWindowChecker\" }",
                "{ \"random\": \"MinWindowChecker\", \"class\": \"X\" }"));
        PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.load(dir));
        assertTrue(e.getMessage().contains("at /checker/class:"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown field \"class\"; expected one of random"), e.getMessage());
        write(dir.resolve("problem.json"), json.replace("{ \"class\": \"MinWindowChecker\" }", "{ \"random\": 3 }"));
        e = assertThrows(PackageException.class, () -> ProblemLoader.load(dir));
        assertTrue(e.getMessage().contains("at /checker/random"), e.getMessage());
    }

    @Test
    void unknownFieldsAreRejectedSoThatTyposDoNotPassSilently() {
        Path dir = copyOf76(problems);
        write(dir.resolve("problem.json"), read(dir.resolve("problem.json")).replace("\"difficulty\"", "\"dificulty\""));
        PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.load(dir));
        assertTrue(e.getMessage().contains("unknown field \"dificulty\""), e.getMessage());
    }

    @Test
    void aTestInputOfTheWrongTypeNamesTheParameterAndPointer() {
        Path dir = copyOf76(problems);
        write(dir.resolve("tests/examples.json"), "[\n{\"input\": {\"s\": \"a\", \"t\": \"a\"}, \"expected\": \"a\"},\n"
                + "{\"input\": {\"s\": \"a\", \"t\": \"b\"}, \"expected\": \"\"},\n"
                + "{\"input\": {\"s\": \"a\",\n \"t\": 5}, \"expected\": \"\"}\n]\n");
        Problem p = ProblemLoader.load(dir);
        PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.examples(p));
        assertTrue(e.getMessage().contains("examples.json:5:7 at /2/input/t"), e.getMessage());
        assertTrue(e.getMessage().contains("expected a string, found an integer (parameter t of minWindow)"),
                e.getMessage());
    }

    @Test
    void aTestInputBreakingAConstraintIsRejected() {
        Path dir = copyOf76(problems);
        write(dir.resolve("tests/examples.json"), "[{\"input\": {\"s\": \"ab1\", \"t\": \"a\"}, \"expected\": \"a\"}]");
        Problem p = ProblemLoader.load(dir);
        PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.examples(p));
        assertTrue(e.getMessage().contains("character '1' at index 2 is not in [A-Za-z]"), e.getMessage());

        write(dir.resolve("tests/examples.json"), "[{\"input\": {\"s\": \"\", \"t\": \"a\"}, \"expected\": \"\"}]");
        e = assertThrows(PackageException.class, () -> ProblemLoader.examples(p));
        assertTrue(e.getMessage().contains("expected a string of length 1 to 100000, found length 0"), e.getMessage());
    }

    @Test
    void missingAndUnknownParametersAreNamed() {
        Path dir = copyOf76(problems);
        Problem p = ProblemLoader.load(dir);
        write(dir.resolve("tests/examples.json"), "[{\"input\": {\"s\": \"a\"}, \"expected\": \"a\"}]");
        PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.examples(p));
        assertTrue(e.getMessage().contains("missing parameter \"t\" (String)"), e.getMessage());

        write(dir.resolve("tests/examples.json"), "[{\"input\": {\"s\": \"a\", \"t\": \"a\", \"u\": 1}}]");
        e = assertThrows(PackageException.class, () -> ProblemLoader.examples(p));
        assertTrue(e.getMessage().contains("unknown parameter \"u\"; minWindow takes s, t"), e.getMessage());
    }

    @Test
    void nonUtf8BytesAreReportedWithTheirOffset() throws Exception {
        Path dir = copyOf76(problems);
        java.nio.file.Files.write(dir.resolve("problem.json"), new byte[] {'{', '\n', (byte) 0xC3, (byte) 0x28});
        PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.load(dir));
        assertTrue(e.getMessage().contains("problem.json:2: not valid UTF-8 (byte 0xC3 at offset 2)"), e.getMessage());
    }

    @Test
    void typesParseFromJavaSpelling() {
        assertEquals("List<List<Integer>>", TypeSpec.parse("List<List<Integer>>").javaName());
        assertEquals("int[][]", TypeSpec.parse("int[][]").javaName());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TypeSpec.parse("List<int>"));
        assertTrue(e.getMessage().contains("write List<Integer>"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TypeSpec.parse("Map<String,Integer>"));
    }
}
