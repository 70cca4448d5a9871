package judge.lang.cpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import judge.compile.CompileError;
import judge.problem.ForbiddenCpp;
import org.junit.jupiter.api.Test;

/** A package's forbidden C++ identifiers: found in code at their line and column, never in comments or literals. */
class CppForbiddenTest {
    private static final List<ForbiddenCpp> HALF = List.of(new ForbiddenCpp("_Float16", "round it yourself"),
            new ForbiddenCpp("_mm_cvtps_ph", "no intrinsics"));

    @Test
    void aForbiddenIdentifierIsAnErrorAtItsFirstUseWithThePackagesReason() {
        String source = "class Solution {\npublic:\n    int f(float x) {\n        _Float16 h = (_Float16)x;\n"
                + "        return _mm_cvtps_ph(x, 0);\n    }\n};\n";
        List<CompileError> errors = CppForbidden.check(source, HALF);
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(new CompileError(4, 9, "_Float16 is not allowed in this problem: round it yourself",
                "        _Float16 h = (_Float16)x;"), errors.get(0));
        assertEquals(5, errors.get(1).line());
        assertEquals(16, errors.get(1).column());
        assertTrue(errors.get(1).message().endsWith("no intrinsics"));
    }

    @Test
    void commentsLiteralsAndLongerNamesAreNotUses() {
        String source = "// _Float16 would round for me\n/* _Float16\n _mm_cvtps_ph */ int a = 0;\n"
                + "const char *s = \"_Float16\"; char c = '_'; auto r = R\"x(_Float16 \" )x\";\n"
                + "int my_Float16 = 1, _Float16x = 2; // the end\n";
        assertEquals(List.of(), CppForbidden.check(source, HALF));
        // ... and a use after a multi-line comment is found at its real line
        assertEquals(4, CppForbidden.check("/*\n\n*/\n_Float16 x;\n", HALF).get(0).line());
        assertEquals(List.of(), CppForbidden.check("_Float16 x;", List.of()));
    }
}
