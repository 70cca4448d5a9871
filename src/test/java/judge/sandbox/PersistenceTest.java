package judge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import judge.TestPackages;
import judge.compile.CompileCache;
import judge.compile.Compiler;
import judge.compile.Source;
import judge.judging.Judge;
import judge.judging.JudgeOptions;
import judge.judging.Result;
import judge.judging.Verdict;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without bubblewrap a breach cannot persist: a solution run with {@code JUDGE_SANDBOX=none} that overwrites the
 * problem's checker and reference, the compile cache and the judge's folders changes no later verdict, and, when
 * the judge is root, writes nothing at all (it runs as uid nobody).
 */
class PersistenceTest {
    @TempDir Path temp;

    private static String attack() throws IOException {
        try (InputStream in = PersistenceTest.class.getResourceAsStream("/hostile/persistence/OverwriteTheJudge76.java")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<Path, String> snapshot(Path root) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f), Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void overwritingTheCheckerTheCacheAndTheJudgesFoldersChangesNoLaterVerdict() throws Exception {
        assumeTrue(Privileges.isRoot() && Privileges.setpriv() != null, "only a root judge can drop the child's uid");
        Sandbox none = Sandbox.detect("none");
        Path problems = temp.resolve("problems");
        Path pkg = TestPackages.copyOf76(problems);
        Path cache = temp.resolve("cache");
        Path judgeHome = Files.createDirectories(temp.resolve("judge-home"));
        Compiler compiler = new Compiler();
        Judge judge = new Judge(compiler, new CompileCache(cache, compiler), new JudgeOptions(false, none));
        Problem problem = ProblemLoader.load(pkg);
        String wrong = "class Solution { public String minWindow(String s, String t) { return \"\"; } }";

        Result before = judge.submit(problem, Source.of(Path.of("Solution.java"), wrong));
        assertEquals(Verdict.WRONG_ANSWER, before.verdict());
        Map<Path, String> packageBefore = snapshot(pkg);
        Map<Path, String> cacheBefore = snapshot(cache);
        assertFalse(cacheBefore.isEmpty(), "the reference and checker are compiled into the cache");

        String targets = String.join("|", List.of(pkg.resolve("checker").toString(), pkg.resolve("reference").toString(),
                pkg.resolve("tests").toString(), cache.toString(), judgeHome.toString(), temp.toString()));
        Result attacked = judge.run(problem, Source.of(Path.of("Solution.java"),
                attack().replace("TARGETS", targets).replace("MARKER", "judge-marker")), null);
        String printed = attacked.tests().isEmpty() ? "" : attacked.tests().get(0).stdout();
        assertFalse(printed.contains("wrote ") || printed.contains("made "), printed);
        assertTrue(printed.contains("refused "), printed);

        assertEquals(packageBefore, snapshot(pkg), "the problem's files are unchanged");
        assertEquals(cacheBefore, snapshot(cache), "the compile cache is unchanged");
        try (Stream<Path> all = Files.walk(temp)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().equals("judge-marker")).toList());
        }
        Result after = judge.submit(problem, Source.of(Path.of("Solution.java"), wrong));
        assertEquals(Verdict.WRONG_ANSWER, after.verdict(), "the verdict of a later submission is unchanged");
    }

    @Test
    void withoutBubblewrapARootJudgesChildRunsAsNobody() throws Exception {
        assumeTrue(Privileges.isRoot() && Privileges.setpriv() != null, "only a root judge can drop the child's uid");
        Sandbox none = Sandbox.detect("none");
        assertTrue(none.layers().stream().anyMatch(l -> l.name().equals("unprivileged uid") && l.active()));
        String whoAmI = """
                class Solution {
                    public String minWindow(String s, String t) {
                        try {
                            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Paths.get("/proc/self/status"))) {
                                if (line.startsWith("Uid:") || line.startsWith("Groups:") || line.startsWith("CapEff:")) {
                                    System.out.println(line);
                                }
                            }
                        } catch (java.io.IOException e) { throw new RuntimeException(e); }
                        return "";
                    }
                }
                """;
        Compiler compiler = new Compiler();
        Judge judge = new Judge(compiler, new CompileCache(temp.resolve("cache"), compiler), new JudgeOptions(false, none));
        Result r = judge.run(TestPackages.p76(), Source.of(Path.of("Solution.java"), whoAmI), null);
        String printed = r.tests().get(0).stdout();
        assertTrue(printed.contains("Uid:\t65534\t65534\t65534\t65534"), printed);
        assertTrue(printed.contains("CapEff:\t0000000000000000"), printed);
        assertTrue(printed.matches("(?s).*Groups:\\s*\n.*"), printed);
    }
}
