package judge.grading;

import static judge.TestPackages.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import judge.TestPackages;
import judge.compile.Source;
import judge.judging.Verdict;
import judge.problem.PackageException;
import judge.problem.Problem;
import judge.problem.ProblemRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding submissions, splitting them into shards, the results log and merging reports: no judging here. */
class GradingTest {
    static final ProblemRepository PROBLEMS = new ProblemRepository(TestPackages.PROBLEMS);
    static final String SOLUTION = "class Solution { public String minWindow(String s, String t) { return \"\"; } }";

    @TempDir Path dir;

    private static Map<String, String> skippedByPath(Discovery.Found found) {
        return found.skipped().stream().collect(Collectors.toMap(s -> Path.of(s.path()).getFileName().toString(),
                Skipped::reason));
    }

    @Test
    void findsBothLayoutsByNumberAndSlugInStudentThenProblemOrder() {
        write(dir.resolve("zoe/76.java"), SOLUTION);
        write(dir.resolve("amy/minimum-window-substring/Solution.java"), SOLUTION);
        write(dir.resolve("amy/0209/Mine.java"), "class Solution {}");
        write(dir.resolve("amy/3.java"), "class Solution {}");
        Discovery.Found found = Discovery.scan(dir, PROBLEMS);
        assertEquals(List.of("amy/3", "amy/76", "amy/209", "zoe/76"),
                found.submissions().stream().map(Submission::label).toList());
        assertEquals(List.of(), found.skipped());
        Submission amy76 = found.submissions().get(1);
        assertEquals(76, amy76.problem().id());
        assertTrue(amy76.file().endsWith(Path.of("amy", "minimum-window-substring", "Solution.java")), amy76.file().toString());
        assertEquals(64, amy76.sourceSha256().length());
    }

    @Test
    void listsWhatItCannotPlaceWithTheReason() throws IOException {
        write(dir.resolve("README.md"), "hello");
        write(dir.resolve("amy/notes.txt"), "x");
        write(dir.resolve("amy/9999.java"), SOLUTION);
        write(dir.resolve("amy/two-sum/A.java"), SOLUTION);
        write(dir.resolve("amy/two-sum/B.java"), SOLUTION);
        Files.createDirectories(dir.resolve("amy/merge-intervals"));
        write(dir.resolve("amy/76.java"), SOLUTION);
        write(dir.resolve("amy/0076/Solution.java"), SOLUTION);
        write(dir.resolve("amy/3.java"), "");
        write(dir.resolve(".git/config"), "x");
        write(dir.resolve("amy/.hidden.java"), SOLUTION);
        Discovery.Found found = Discovery.scan(dir, PROBLEMS);
        assertEquals(List.of("amy/76"), found.submissions().stream().map(Submission::label).toList());
        Map<String, String> skipped = skippedByPath(found);
        assertEquals(7, skipped.size(), skipped.toString());
        assertTrue(skipped.get("README.md").startsWith("not inside a student's folder"), skipped.toString());
        assertEquals("not a .cpp or .cc or .cxx or .java or .py file", skipped.get("notes.txt"));
        assertTrue(skipped.get("9999.java").startsWith("no problem \"9999\" in "), skipped.toString());
        assertEquals("several .cpp or .cc or .cxx or .java or .py files and none named solution.cpp or Solution.java"
                + " or solution.py", skipped.get("two-sum"));
        assertEquals("no solution.cpp or Solution.java or solution.py in this folder", skipped.get("merge-intervals"));
        // Entries are taken in name order: amy/0076/ before amy/76.java.
        assertTrue(skipped.get("76.java").startsWith("amy already has a submission for problem 76: ")
                && skipped.get("76.java").endsWith(Path.of("0076", "Solution.java").toString()), skipped.toString());
        assertTrue(skipped.get("3.java").contains("the file is empty"), skipped.toString());
    }

    @Test
    void aMissingFolderIsAnErrorNamingIt() {
        PackageException e = assertThrows(PackageException.class,
                () -> Discovery.scan(dir.resolve("nope"), PROBLEMS));
        assertTrue(e.getMessage().contains("nope: not a folder"), e.getMessage());
    }

    @Test
    void jsonManifestPathsAreRelativeToTheManifest() {
        write(dir.resolve("files/a.java"), SOLUTION);
        write(dir.resolve("manifest.json"), """
                [{"student": "amy", "problem": 76, "path": "files/a.java"},
                 {"student": "bob", "problem": "minimum-window-substring", "path": "files/missing.java"}]
                """);
        Discovery.Found found = Discovery.manifest(dir.resolve("manifest.json"), PROBLEMS);
        assertEquals(List.of("amy/76"), found.submissions().stream().map(Submission::label).toList());
        assertEquals("listed in the manifest for bob but not found", skippedByPath(found).get("missing.java"));
    }

    @Test
    void jsonManifestErrorsNameLineAndPointer() {
        write(dir.resolve("m.json"), "[\n {\"student\": \"amy\", \"problem\": 76}\n]");
        PackageException e = assertThrows(PackageException.class,
                () -> Discovery.manifest(dir.resolve("m.json"), PROBLEMS));
        assertTrue(e.getMessage().contains("m.json:2:") && e.getMessage().contains("/0")
                && e.getMessage().contains("missing \"path\""), e.getMessage());
        write(dir.resolve("m.json"), "[{\"student\": \"amy\", \"problem\": 76, \"path\": \"a\", \"grade\": 1}]");
        e = assertThrows(PackageException.class, () -> Discovery.manifest(dir.resolve("m.json"), PROBLEMS));
        assertTrue(e.getMessage().contains("/0/grade") && e.getMessage().contains("unknown field \"grade\""),
                e.getMessage());
        write(dir.resolve("m.json"), "{\"student\": \"amy\"}");
        e = assertThrows(PackageException.class, () -> Discovery.manifest(dir.resolve("m.json"), PROBLEMS));
        assertTrue(e.getMessage().contains("expected an array"), e.getMessage());
    }

    @Test
    void csvManifestTakesColumnsInAnyOrderAndQuotedFields() {
        write(dir.resolve("my files/a,b.java"), SOLUTION);
        write(dir.resolve("m.csv"), "Path,Student,Problem\r\n\"my files/a,b.java\",\"O'Brien, Pat\",76\r\n\r\n");
        Discovery.Found found = Discovery.manifest(dir.resolve("m.csv"), PROBLEMS);
        assertEquals(List.of("O'Brien, Pat/76"), found.submissions().stream().map(Submission::label).toList());
    }

    @Test
    void csvManifestErrorsNameTheLine() {
        write(dir.resolve("m.csv"), "student,path\namy,a.java\n");
        PackageException e = assertThrows(PackageException.class,
                () -> Discovery.manifest(dir.resolve("m.csv"), PROBLEMS));
        assertTrue(e.getMessage().contains("m.csv:1: expected a header naming the columns student, problem and path"),
                e.getMessage());
        write(dir.resolve("m.csv"), "student,problem,path\namy,76\n");
        e = assertThrows(PackageException.class, () -> Discovery.manifest(dir.resolve("m.csv"), PROBLEMS));
        assertTrue(e.getMessage().contains("m.csv:2: expected 3 columns like the header; found 2"), e.getMessage());
        write(dir.resolve("m.csv"), "student,problem,path\namy,,a.java\n");
        e = assertThrows(PackageException.class, () -> Discovery.manifest(dir.resolve("m.csv"), PROBLEMS));
        assertTrue(e.getMessage().contains("m.csv:2: the problem column is empty"), e.getMessage());
        write(dir.resolve("m.csv"), "student,problem,path\n\"amy,76,a.java\n");
        e = assertThrows(PackageException.class, () -> Discovery.manifest(dir.resolve("m.csv"), PROBLEMS));
        assertTrue(e.getMessage().contains("a quoted field is not closed"), e.getMessage());
        write(dir.resolve("m.txt"), "x");
        e = assertThrows(PackageException.class, () -> Discovery.manifest(dir.resolve("m.txt"), PROBLEMS));
        assertTrue(e.getMessage().contains("expected a manifest ending in .json or .csv"), e.getMessage());
    }

    // ---- shards ----

    private static List<Submission> fakeSubmissions(int students, int... problemIds) {
        List<Submission> all = new ArrayList<>();
        for (int id : problemIds) {
            Problem p = PROBLEMS.find(String.valueOf(id));
            for (int s = 0; s < students; s++) {
                String name = "student" + s;
                all.add(new Submission(name, p, Path.of(name, id + ".java"), Source.of(Path.of("x.java"), SOLUTION),
                        Hashes.sha256((name + id).getBytes())));
            }
        }
        return all;
    }

    @Test
    void shardsAreDisjointCompleteBalancedAndIndependentOfInputOrder() {
        List<Submission> all = fakeSubmissions(7, 76, 209, 3);
        List<Submission> shuffled = new ArrayList<>(all);
        java.util.Collections.shuffle(shuffled, new java.util.Random(1));
        Set<String> union = new HashSet<>();
        for (int i = 1; i <= 4; i++) {
            Shard shard = new Shard(i, 4);
            List<Submission> part = shard.select(all);
            assertEquals(part, shard.select(shuffled), "the same split whatever the order found");
            assertTrue(part.size() == 5 || part.size() == 6, "21 over 4 shards: " + part.size());
            for (int id : new int[] {76, 209, 3}) {
                long n = part.stream().filter(s -> s.problem().id() == id).count();
                assertTrue(n == 1 || n == 2, "each shard gets a share of problem " + id + ": " + n);
            }
            for (Submission s : part) {
                assertTrue(union.add(s.label()), "in two shards: " + s.label());
            }
        }
        assertEquals(21, union.size());
    }

    @Test
    void shardParsingSaysWhatItExpects() {
        assertEquals(new Shard(2, 3), Shard.parse("2/3"));
        for (String bad : new String[] {"0/3", "4/3", "1/0", "a/b", "2", "1/2/3", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad));
            assertTrue(e.getMessage().startsWith("expected i/n with 1 <= i <= n"), e.getMessage());
        }
    }

    // ---- results log and merging ----

    static Grade grade(String student, int problem, Verdict verdict, String sha) {
        return new Grade(student, problem, "slug-" + problem, "Title " + problem, student + "/" + problem + ".java",
                sha, "pkg", "1.0", verdict, verdict.isAccepted() ? 10 : 3, 10, 12.5, verdict.isAccepted() ? 40.0 : null,
                verdict.isAccepted() ? null : "went wrong", verdict == Verdict.WRONG_ANSWER
                        ? new Grade.Failure("hidden 4", List.of("\"ab\"", "\"b\""), "\"b\"", "\"\"", "differs") : null,
                List.of());
    }

    @Test
    void theLogKeepsEveryGradeAndSurvivesALineCutShort() throws IOException {
        Path file = dir.resolve("log.jsonl");
        try (GradeLog log = GradeLog.open(file, false)) {
            log.append(grade("amy", 76, Verdict.ACCEPTED, "a1"));
            log.append(grade("bob", 76, Verdict.WRONG_ANSWER, "b1"));
        }
        // A run killed while writing its third line.
        Files.writeString(file, "{\"student\": \"cy\", \"prob", java.nio.file.StandardOpenOption.APPEND);
        List<String> warnings = new ArrayList<>();
        List<Grade> read = GradeLog.read(file, warnings::add);
        assertEquals(List.of(grade("amy", 76, Verdict.ACCEPTED, "a1"), grade("bob", 76, Verdict.WRONG_ANSWER, "b1")),
                read);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("log.jsonl:3: not a JSON object")
                && warnings.get(0).endsWith("that submission will be graded again"), warnings.get(0));
        try (GradeLog log = GradeLog.open(file, true)) {
            log.append(grade("cy", 76, Verdict.ACCEPTED, "c1"));
        }
        assertEquals(3, GradeLog.read(file, w -> { }).size(), "the next line starts on a line of its own");
        try (GradeLog log = GradeLog.open(file, false)) {
            assertEquals(0, Files.size(file), "without --resume the log starts empty");
        }
    }

    @Test
    void twoRunsCannotWriteOneLog() {
        Path file = dir.resolve("log.jsonl");
        try (GradeLog log = GradeLog.open(file, false)) {
            PackageException e = assertThrows(PackageException.class, () -> GradeLog.open(file, true));
            assertTrue(e.getMessage().contains("another grading run is writing this results log"), e.getMessage());
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new AssertionError("the second open must fail with a message, not " + e, e);
        }
    }

    @Test
    void aGradeStandsOnlyForTheSameSourcePackageAndJudge() {
        Problem p76 = PROBLEMS.find("76");
        Submission s = new Submission("amy", p76, Path.of("amy/76.java"), Source.of(Path.of("a.java"), SOLUTION), "a1");
        Grade g = grade("amy", 76, Verdict.ACCEPTED, "a1");
        assertTrue(g.matches(s, "pkg", "1.0"));
        assertTrue(!g.matches(s, "pkg2", "1.0") && !g.matches(s, "pkg", "1.1"));
        assertTrue(!grade("amy", 76, Verdict.ACCEPTED, "a2").matches(s, "pkg", "1.0"));
        assertTrue(!grade("bob", 76, Verdict.ACCEPTED, "a1").matches(s, "pkg", "1.0"));
    }

    @Test
    void thePackageFingerprintChangesWithTestsNotWithStatements() throws IOException {
        Path copy = TestPackages.copyOf76(dir);
        String before = Hashes.packageSha256(copy);
        Files.writeString(copy.resolve("statement.md"), "changed");
        assertEquals(before, Hashes.packageSha256(copy));
        Files.writeString(copy.resolve("tests/hidden/99-extra.json"), "[]");
        assertTrue(!before.equals(Hashes.packageSha256(copy)));
    }

    @Test
    void mergingShardsUnitesThemAndKeepsAnIdenticalDuplicateOnce() {
        GradeReport a = new GradeReport("1.0", "1/2", List.of(grade("bob", 76, Verdict.ACCEPTED, "b")),
                List.of(new Skipped("x/README.md", "not inside")));
        GradeReport b = new GradeReport("1.0", "2/2", List.of(grade("amy", 76, Verdict.WRONG_ANSWER, "a"),
                grade("bob", 76, Verdict.ACCEPTED, "b")), List.of(new Skipped("x/README.md", "not inside")));
        GradeReport merged = GradeReport.merge(List.of(a, b), List.of("a.json", "b.json"));
        assertEquals(List.of("amy/76", "bob/76"), merged.grades().stream().map(Grade::label).toList());
        assertEquals(1, merged.skipped().size());
        assertNull(merged.shard());
        assertNull(GradeReport.missingShards(List.of("1/2", "2/2")));
        assertEquals("shard 2/3 is missing", GradeReport.missingShards(List.of("1/3", "3/3")));
        assertEquals("shards 2/4, 3/4 are missing", GradeReport.missingShards(List.of("1/4", "4/4")));
        assertNotNull(GradeReport.missingShards(List.of("1/2", "1/3")));
    }

    @Test
    void mergingRefusesReportsThatDisagree() {
        GradeReport a = new GradeReport("1.0", null, List.of(grade("amy", 76, Verdict.ACCEPTED, "a")), List.of());
        GradeReport otherSource = new GradeReport("1.0", null, List.of(grade("amy", 76, Verdict.ACCEPTED, "z")),
                List.of());
        GradeReport otherVerdict = new GradeReport("1.0", null, List.of(grade("amy", 76, Verdict.WRONG_ANSWER, "a")),
                List.of());
        GradeReport otherJudge = new GradeReport("2.0", null, List.of(), List.of());
        assertEquals("amy/76 is graded in both a.json and b.json from different sources or problem packages",
                assertThrows(GradeReport.MergeConflict.class,
                        () -> GradeReport.merge(List.of(a, otherSource), List.of("a.json", "b.json"))).getMessage());
        assertEquals("amy/76 is Accepted in a.json but Wrong Answer in b.json for the same source",
                assertThrows(GradeReport.MergeConflict.class,
                        () -> GradeReport.merge(List.of(a, otherVerdict), List.of("a.json", "b.json"))).getMessage());
        assertTrue(assertThrows(GradeReport.MergeConflict.class,
                () -> GradeReport.merge(List.of(a, otherJudge), List.of("a.json", "b.json"))).getMessage()
                .startsWith("b.json was graded by judge 2.0 but a.json by judge 1.0"));
    }
}
