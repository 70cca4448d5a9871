package judge.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import judge.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What generators get from TestWriter: LeetCode's JSON, checked names, and a hidden folder holding only their files. */
class TestWriterTest {
    @TempDir Path dir;

    @Test
    void writesJavaValuesAsLeetCodeJson() {
        assertEquals("[[\"1\",\"0\"],[\"0\",\"1\"]]", TestWriter.json(new char[][] {{'1', '0'}, {'0', '1'}}));
        assertEquals("[[1,2],[3]]", TestWriter.json(List.of(List.of(1, 2), List.of(3))));
        assertEquals("5000000000", TestWriter.json(5_000_000_000L));
        assertEquals("[2.5,-0.0,1.0E-5]", TestWriter.json(new double[] {2.5, -0.0, 1e-5}));
        assertEquals("[true,null,\"a\\\"b\\\\c\\n\\u0001\"]", TestWriter.json(new Object[] {true, null, "a\"b\\c\n\u0001"}));
        assertEquals("[1,null,2]", TestWriter.json(new Object[] {1, TestWriter.raw("null"), 2}));
    }

    @Test
    void refusesWhatHasNoJsonForm() {
        var e = assertThrows(IllegalArgumentException.class, () -> TestWriter.json(new StringBuilder("x")));
        assertEquals("a java.lang.StringBuilder has no LeetCode JSON form", e.getMessage());
        // Non-finite numbers are written as the bare words the loader reads back (for "nonFinite" problems).
        assertEquals("[NaN,Infinity,-Infinity]", TestWriter.json(new double[] {Double.NaN, 1 / 0.0, -1 / 0.0}));
        assertEquals("[1.0E10,1.5E-7]", TestWriter.json(new double[] {1e10, 1.5e-7}));
    }

    @Test
    void writesOneTestPerLineAndRemovesFilesNoGroupMade() throws Exception {
        TestPackages.write(dir.resolve("tests/hidden/old-layout.json"), "[]\n");
        TestWriter out = new TestWriter(dir, "nums", "k");
        out.group("01-small.json").add("one", 1L, new int[] {5}, 1).add("two", 3L, new int[] {1, 2}, 2);
        out.group("02-empty.json");
        out.write();
        assertEquals("[\n{\"name\":\"one\",\"input\":{\"nums\":[5],\"k\":1},\"expected\":1},\n"
                + "{\"name\":\"two\",\"input\":{\"nums\":[1,2],\"k\":2},\"expected\":3}\n]\n",
                Files.readString(dir.resolve("tests/hidden/01-small.json")));
        assertEquals("[\n]\n", Files.readString(dir.resolve("tests/hidden/02-empty.json")));
        assertFalse(Files.exists(dir.resolve("tests/hidden/old-layout.json")));
        try (var files = Files.list(dir.resolve("tests/hidden"))) {
            assertEquals(2, files.count(), "no temporary files are left behind");
        }
    }

    @Test
    void aTestNameMustBeKebabCaseAndUnusedByTheExamples() {
        TestPackages.write(dir.resolve("tests/examples.json"), "[{\"name\": \"example-1\", \"input\": {}}]");
        TestWriter.Group g = new TestWriter(dir, "x").group("01-a.json");
        var e = assertThrows(IllegalArgumentException.class, () -> g.add("example-1", 1, 1));
        assertEquals("test name is used twice (or is an example's): example-1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> g.add("Not Kebab", 1, 1));
        assertEquals("test name is not kebab-case: \"Not Kebab\"", e.getMessage());
        g.add("fine", 1, 1);
        assertThrows(IllegalArgumentException.class, () -> g.add("fine", 1, 1));
    }

    @Test
    void theArgumentsMustMatchTheParameters() {
        TestWriter.Group g = new TestWriter(dir, "nums", "k").group("01-a.json");
        var e = assertThrows(IllegalArgumentException.class, () -> g.add("t", 1, new int[] {1}));
        assertEquals("t: 1 arguments for the 2 parameters [nums, k]", e.getMessage());
    }

    @Test
    void aGroupIsAJsonFileMadeOnce() {
        TestWriter out = new TestWriter(dir, "x");
        var e = assertThrows(IllegalArgumentException.class, () -> out.group("01 a.txt"));
        assertEquals("a test file is named like 01-boundaries.json, not \"01 a.txt\"", e.getMessage());
        out.group("01-a.json");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> out.group("01-a.json")).getMessage()
                .contains("made twice"));
    }

    /**
     * The smallest bundled generator, run as docs/authoring.md says, still writes exactly its committed hidden
     * tests: a change to what TestWriter writes breaks every package's reproduction, and this one shows it in
     * the fast tier. Every package's generator is reproduced in the second tier ({@link GeneratorsReproduceIT}).
     */
    @Test
    void theSmallestBundledGeneratorStillRebuildsItsCommittedTests() throws Exception {
        GeneratorRun.reproduce(GeneratorRun.smallest(), dir);
    }
}
