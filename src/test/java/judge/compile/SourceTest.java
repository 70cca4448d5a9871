package judge.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import judge.problem.PackageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTest {

    private static Source of(String text) {
        return Source.of(Path.of("Mine.java"), text);
    }

    @Test
    void implicitImportsGoInFrontOfLineOneSoLineNumbersStayTheUsers() {
        Source s = of("class Solution {\n  int x;\n}\n");
        String[] lines = s.compiled().split("\n", -1);
        assertEquals(3 + 1, lines.length);
        assertTrue(lines[0].startsWith("import java.util.*;"), lines[0]);
        assertTrue(lines[0].endsWith("class Solution {"), lines[0]);
        assertEquals("  int x;", lines[1]);
        assertEquals(Source.IMPLICIT_IMPORTS.length(), s.prefixLength());
    }

    @Test
    void aPackageLineIsBlankedWithoutMovingAnything() {
        String text = "// header\npackage com.example.deep;\n\nimport java.util.List;\npublic class Solution {}\n";
        Source s = of(text);
        String body = s.compiled().substring(s.prefixLength());
        assertEquals(text.length(), body.length());
        assertFalse(body.contains("package"), body);
        assertEquals(text.indexOf("import"), body.indexOf("import"));
    }

    @Test
    void theUnitIsNamedAfterThePublicTopLevelClass() {
        assertEquals("Solution", of("public class Solution {}").unitName());
        assertEquals("Helper", of("class Solution {}\npublic final class Helper {}").unitName());
        assertEquals("Solution", of("class Solution { public class Inner {} }").unitName());
    }

    @Test
    void wordsInCommentsAndStringsAreNotDeclarations() {
        Source s = of("/* package fake; public class Fake */\n// public class Nope\n"
                + "class Solution { String p = \"public class Str\"; char q = '\"'; String r = \"\"\"\n"
                + "public class Block\"\"\"; }");
        assertEquals("Solution", s.unitName());
        assertTrue(s.compiled().contains("package fake"), "a comment is not blanked");
    }

    @Test
    void lineReturnsTheUsersOwnLine() {
        Source s = of("a\nb\r\nc");
        assertEquals("b", s.line(2));
        assertEquals("c", s.line(3));
        assertEquals("", s.line(4));
    }

    @Test
    void aLeetcodeEditorRegionIsAllThatIsCompiledAndEveryLineKeepsItsNumber() {
        String text = "package leetcode.editor.en;\npublic class TwoSum {\n  public static void main(String[] a) {}\n"
                + "//leetcode submit region begin(Prohibit modification and deletion)\nclass Solution {\n  int x;\n}\n"
                + "//leetcode submit region end(Prohibit modification and deletion)\n}\n";
        Source s = of(text);
        assertEquals(new Source.Region(5, 7), s.region());
        String body = s.compiled().substring(s.prefixLength());
        assertEquals("\n\n\n\nclass Solution {\n  int x;\n}\n\n\n", body);
        assertEquals("Solution", s.unitName(), "the wrapper's public class is outside the region");
        assertEquals("public class TwoSum {", s.line(2), "the user's file is shown as it is");
        assertEquals(1, s.notes().size());
        assertTrue(s.notes().get(0).startsWith("judged only the leetcode-editor submit region, lines 5-7"));
    }

    @Test
    void withoutExactlyOneBeginAndOneEndAfterItTheWholeFileIsJudged() {
        String begin = "//leetcode submit region begin(Prohibit modification and deletion)\n";
        String end = "//leetcode submit region end(Prohibit modification and deletion)\n";
        assertEquals(null, of(begin + "class Solution {}\n").region(), "no end");
        assertEquals(null, of(end + "class Solution {}\n" + begin).region(), "end before begin");
        assertEquals(null, of(begin + "class A {}\n" + end + begin + "class B {}\n" + end).region(), "two regions");
        assertEquals(List.of(), of("class Solution {}\n").notes());
        assertEquals(new Source.Region(2, 2), of("  // leetcode submit region begin(x)\r\nclass Solution {}\r\n"
                + "  //leetcode submit region end(x)\r\n").region(), "spaced markers and CRLF lines");
    }

    @Test
    void aFileInALanguageTheJudgeDoesNotJudgeIsRefusedNamingTheOnesItDoes(@TempDir Path dir) throws Exception {
        Path rust = dir.resolve("sol.rs");
        Files.writeString(rust, "struct Solution;\n");
        String m = assertThrows(PackageException.class, () -> judge.lang.Languages.read(rust)).getMessage();
        assertTrue(m.contains("sol.rs: a Rust file, which this judge does not judge") && m.contains("supported "
                + "languages: cpp, java, python"), m);
        Path txt = dir.resolve("sol.txt");
        Files.writeString(txt, "class Solution {}\n");
        assertTrue(assertThrows(PackageException.class, () -> judge.lang.Languages.read(txt)).getMessage()
                .contains("sol.txt: cannot tell the language from the file name"));
        Path bare = dir.resolve("Solution");
        Files.writeString(bare, "class Solution {}\n");
        assertEquals("Solution", judge.lang.Languages.read(bare).unitName(), "a file without an extension is Java");
        Path upper = dir.resolve("Solution.JAVA");
        Files.writeString(upper, "class Solution {}\n");
        assertEquals("java", judge.lang.Languages.read(upper).language());
        Path py = dir.resolve("solution.py");
        Files.writeString(py, "class Solution:\n    def minWindow(self, s: str, t: str) -> str:\n        return s\n");
        assertEquals("python", judge.lang.Languages.read(py).language());
    }
}
