package judge.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
}
