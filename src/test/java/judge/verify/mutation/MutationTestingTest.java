package judge.verify.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import judge.TestPackages;
import judge.problem.PackageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine on a tiny package ({@code larger(a, b)}, four mutants): which mutants the tests kill, which survive
 * with an input that tells them apart and which with none, how declared equivalents count, and the cache.
 */
class MutationTestingTest {
    static final String BOUNDARY = "Solution.larger:3 CONDITIONALS_BOUNDARY IF_ICMPLT -> IF_ICMPLE";
    static final String NEGATED = "Solution.larger:3 NEGATE_CONDITIONALS IF_ICMPLT -> IF_ICMPGE";
    static final String RETURN_A = "Solution.larger:4 RETURN_VALUES return 0";
    static final String RETURN_B = "Solution.larger:6 RETURN_VALUES return 0";

    @TempDir Path temp;

    @Test
    void theTestsKillWhatTheyCatchAndEachSurvivorComesWithAnInputThatTellsItApartOrNone() {
        Path dir = larger(temp, "{\"a\":0,\"b\":0}");
        PackageScore s = new MutationTesting(TestPackages.judge(), 2, null).score(dir);
        assertEquals(4, s.mutants());
        // (1, 2) of the example kills the negated comparison and "return 0" for b; (0, 0) kills nothing more.
        assertEquals(2, s.killed());
        assertEquals(0.5, s.score());
        assertFalse(s.passes(0.9));
        Map<String, PackageScore.Survivor> survivors = s.survivors().stream()
                .collect(Collectors.toMap(PackageScore.Survivor::id, v -> v));
        assertEquals(java.util.Set.of(BOUNDARY, RETURN_A), survivors.keySet());
        PackageScore.Survivor zero = survivors.get(RETURN_A);
        assertEquals(4, zero.line());
        assertEquals("return a;", zero.sourceLine());
        assertNotNull(zero.distinguished(), "a >= b with a != 0 tells \"return 0\" from the reference");
        assertEquals("0", zero.distinguished().output());
        assertEquals(zero.distinguished().input().get(0), zero.distinguished().expected());
        assertNull(survivors.get(BOUNDARY).distinguished(), "a > b and a >= b return the same value when a == b");
    }

    @Test
    void testsOnlyGivesTheSameScoreWithoutSearchingAndItsCacheNeverStandsForASearch() throws Exception {
        Path dir = larger(temp, "{\"a\":0,\"b\":0}");
        Path cache = temp.resolve("cache");
        PackageScore quick = new MutationTesting(TestPackages.judge(), 2, cache).testsOnly().score(dir);
        assertEquals(List.of(4, 2, 0.5), List.of(quick.mutants(), quick.killed(), quick.score()));
        assertFalse(quick.searched());
        assertTrue(quick.survivors().stream().allMatch(v -> v.distinguished() == null), quick.survivors().toString());
        String text = MutationReport.text(quick, 0.9);
        assertTrue(text.contains("not searched for an input") && !text.contains("likely equivalent"), text);
        String json = MutationReport.json(List.of(quick), 0.9, 1, new com.fasterxml.jackson.databind.ObjectMapper());
        assertFalse(json.contains("searched"), "the JSON contract has no such field: " + json);

        // The full measurement does not take the quick one's survivors for "nothing found": it searches.
        PackageScore full = new MutationTesting(TestPackages.judge(), 2, cache).score(dir);
        assertFalse(full.cached());
        assertTrue(full.searched());
        assertEquals(quick.score(), full.score());
        assertTrue(full.survivors().stream().anyMatch(v -> v.id().equals(RETURN_A) && v.distinguished() != null),
                full.survivors().toString());
        assertTrue(new MutationTesting(TestPackages.judge(), 2, cache).testsOnly().score(dir).cached());
    }

    @Test
    void declaredEquivalentsLeaveTheCountAndADeclaredMutantThatATestKillsIsAnError() throws Exception {
        Path dir = larger(temp, "{\"a\":0,\"b\":0}", "{\"a\":3,\"b\":1}");
        Files.writeString(dir.resolve(Equivalents.FILE), """
                {"equivalent": [
                  {"mutant": "%s", "reason": "a > b and a >= b differ only when a == b, where a and b are the same value"},
                  {"mutant": "%s", "reason": "wrong on purpose: the smaller one is not the larger"}
                ]}
                """.formatted(BOUNDARY, NEGATED));
        Path cache = temp.resolve("cache");
        PackageScore s = new MutationTesting(TestPackages.judge(), 2, cache).score(dir);
        assertEquals(4, s.mutants());
        assertEquals(2, s.equivalent());
        assertEquals(2, s.killed());
        assertEquals(1.0, s.score());
        assertEquals(List.of(), s.survivors());
        assertEquals(1, s.errors().size(), s.errors().toString());
        assertTrue(s.errors().get(0).contains(NEGATED) && s.errors().get(0).contains("example-1"), s.errors().get(0));
        assertFalse(s.passes(0.9), "a wrong declaration fails the package whatever its score");

        // Nothing that decides the score changed: the second run is the cached one.
        try (var files = Files.list(cache.resolve("mutants"))) {
            assertEquals(1, files.count());
        }
        PackageScore again = new MutationTesting(TestPackages.judge(), 2, cache).score(dir);
        assertFalse(s.cached());
        assertTrue(again.cached());
        assertEquals(List.of(s.killed(), s.equivalent(), s.errors()), List.of(again.killed(), again.equivalent(),
                again.errors()));
    }

    @Test
    void aDeclarationWithoutAReasonIsRefusedWithItsFileLineAndPointer() throws Exception {
        Path dir = temp.resolve("p");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(Equivalents.FILE), "{\"equivalent\": [\n  {\"mutant\": \"X\", \"reason\": \" \"}\n]}\n");
        PackageException e = assertThrows(PackageException.class, () -> Equivalents.read(dir));
        assertTrue(e.getMessage().contains("equivalent-mutants.json:2") && e.getMessage().contains("/equivalent/0/reason"),
                e.getMessage());
    }

    /** A package whose method returns the larger of two ints, with one example and these hidden tests. */
    static Path larger(Path root, String... hidden) {
        Path dir = root.resolve("0001-larger");
        TestPackages.write(dir.resolve("problem.json"), """
                {
                  "id": 1, "slug": "larger", "title": {"en": "Larger", "zh": "较大"}, "difficulty": "Easy", "tags": [],
                  "signature": {"method": "larger", "params": [
                    {"name": "a", "type": "int", "min": -10, "max": 10},
                    {"name": "b", "type": "int", "min": -10, "max": 10}], "returns": "int"}
                }
                """);
        TestPackages.write(dir.resolve("tests/examples.json"),
                "[{\"name\":\"example-1\",\"input\":{\"a\":1,\"b\":2},\"expected\":2}]\n");
        StringBuilder tests = new StringBuilder("[\n");
        for (int i = 0; i < hidden.length; i++) {
            String expected = hidden[i].equals("{\"a\":3,\"b\":1}") ? "3" : "0";
            tests.append(i == 0 ? "" : ",\n").append("{\"name\":\"h").append(i + 1).append("\",\"input\":")
                    .append(hidden[i]).append(",\"expected\":").append(expected).append('}');
        }
        TestPackages.write(dir.resolve("tests/hidden/01.json"), tests.append("\n]\n").toString());
        TestPackages.write(dir.resolve("reference/Solution.java"), """
                class Solution {
                    public int larger(int a, int b) {
                        if (a >= b) {
                            return a;
                        }
                        return b;
                    }
                }
                """);
        return dir;
    }
}
