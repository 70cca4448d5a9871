package judge.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import judge.TestPackages;
import judge.compile.CompileResult;
import judge.compile.Source;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.ProblemRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StubTest {
    @TempDir Path dir;

    @Test
    void everyBundledProblemsStubCompilesWithItsExactSignature() throws Exception {
        for (Path pkg : new ProblemRepository(TestPackages.PROBLEMS).packages()) {
            Problem p = ProblemLoader.load(pkg);
            String stub = Stub.source(p);
            if (p.signature().isDesign()) {
                // A design problem's stub declares the constructor and every method of the class.
                assertTrue(stub.contains("    " + p.signature().design().constructorDeclaration() + " {\n"), stub);
                for (var m : p.signature().design().methods()) {
                    assertTrue(stub.contains("    " + m.declaration() + " {\n"), stub);
                }
            } else {
                assertTrue(stub.contains("    " + p.signature().declaration() + " {\n"), stub);
            }
            Path classes = Files.createTempDirectory(dir, "classes");
            CompileResult r = TestPackages.judge().compile(p, Source.of(Path.of("Solution.java"), stub), classes);
            assertInstanceOf(CompileResult.Compiled.class, r, p.slug() + ": " + r + "\n" + stub);
        }
    }

    @Test
    void examplesAreInTheCommentInLeetCodesFormat() {
        String stub = Stub.source(TestPackages.p76());
        assertTrue(stub.startsWith("/*\n * 76. Minimum Window Substring (Hard)\n *\n * Example 1:\n"
                + " *   Input: s = \"ADOBECODEBANC\", t = \"ABC\"\n *   Output: \"BANC\"\n"), stub);
        assertTrue(stub.contains(" * Example 3:\n *   Input: s = \"a\", t = \"aa\"\n *   Output: \"\"\n"), stub);
    }

    @Test
    void placeholdersCompileForEveryKindOfType() {
        assertEquals("new int[0][]", Stub.placeholder(new judge.problem.TypeSpec.ArrayOf(
                new judge.problem.TypeSpec.ArrayOf(new judge.problem.TypeSpec.Scalar(
                        judge.problem.TypeSpec.Kind.INT, false)))));
        assertEquals("new ArrayList<>()", Stub.placeholder(new judge.problem.TypeSpec.ListOf(
                new judge.problem.TypeSpec.Scalar(judge.problem.TypeSpec.Kind.INT, true))));
        assertEquals("null", Stub.placeholder(new judge.problem.TypeSpec.Node(true)));
    }

    @Test
    void neverOverwritesAFile() throws Exception {
        Path file = Stub.write(TestPackages.p76(), dir);
        assertEquals(dir.resolve("Solution.java"), file);
        Files.writeString(file, "mine");
        assertThrows(FileAlreadyExistsException.class, () -> Stub.write(TestPackages.p76(), dir));
        assertEquals("mine", Files.readString(file));
    }
}
