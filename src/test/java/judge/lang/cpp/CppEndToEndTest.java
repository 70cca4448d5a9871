package judge.lang.cpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import judge.TestPackages;
import java.time.Duration;
import judge.compile.CompileError;
import judge.compile.CompileResult;
import judge.judging.Judge;
import judge.sandbox.Answer;
import judge.sandbox.Child;
import judge.sandbox.ChildSpec;
import org.junit.jupiter.api.io.TempDir;
import judge.compile.Source;
import judge.judging.Result;
import judge.judging.TestResult;
import judge.judging.Verdict;
import judge.lang.Languages;
import judge.sandbox.Sandbox;
import judge.value.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * C++ solutions through the judge, as a user meets them: LeetCode's verdicts for an accepted solution, an
 * uncaught exception, a signal, running out of memory; compile errors at the user's own line; an IDE's
 * {@code main()} that never runs; and a compiler that cannot read outside its folder.
 */
class CppEndToEndTest {
    private static final CppLanguage CPP = (CppLanguage) Languages.named("cpp");

    static final String ACCEPTED = """
            class Solution {
            public:
                string minWindow(string s, string t) {
                    vector<int> need(128, 0);
                    for (char c : t) need[c]++;
                    int missing = t.size(), best = INT_MAX, from = 0;
                    for (int l = 0, r = 0; r < (int)s.size(); r++) {
                        if (need[s[r]]-- > 0) missing--;
                        while (missing == 0) {
                            if (r - l + 1 < best) { best = r - l + 1; from = l; }
                            if (++need[s[l++]] > 0) missing++;
                        }
                    }
                    return best == INT_MAX ? "" : s.substr(from, best);
                }
            };

            int main() {
                cout << Solution().minWindow("ADOBECODEBANC", "ABC") << endl;
                abort(); // an IDE's main: renamed away, never run
            }
            """;

    @BeforeAll
    static void cppRunsHere() {
        assumeTrue(CPP.unavailable() == null, () -> "no C++ compiler here: " + CPP.unavailable());
        assumeTrue(Sandbox.current().isolated(), "C++ runs only under the OS sandbox");
    }

    private static Source source(String text) {
        return CPP.source(Path.of("solution.cpp"), text);
    }

    @Test
    void anAcceptedSolutionWithItsOwnMainIsAcceptedInCpp() {
        Result result = TestPackages.judge().submit(TestPackages.p76(), source(ACCEPTED));
        assertEquals(Verdict.ACCEPTED, result.verdict(), result::toString);
        assertEquals("cpp", result.language());
    }

    @Test
    void crashesInAnHonestBuildAreNamedAsLeetCodeNamesThem(@TempDir Path dir) {
        String crashing = """
                class Solution {
                public:
                    string minWindow(string s, string t) {
                        if (s == "segv") { volatile int *p = nullptr; *p = 1; }
                        if (s == "fpe") { volatile int zero = 0; return to_string((int)s.size() / zero); }
                        if (s == "throws") return to_string(vector<int>().at(3));
                        if (s == "alloc") { vector<vector<char>> hog; while (true) hog.emplace_back(1 << 24, 'x'); }
                        cout << "printed " << s << endl;
                        return s;
                    }
                };
                """;
        CompileResult compiled = CPP.compile(TestPackages.p76().signature(), source(crashing), dir, Sandbox.current(),
                false);
        assertInstanceOf(CompileResult.Compiled.class, compiled, compiled::toString);
        ChildSpec spec = Judge.childSpec(CPP, TestPackages.p76(), dir);

        Answer segv = once(spec, "segv");
        assertEquals(128 + 11, assertInstanceOf(Answer.Exited.class, segv, segv::toString).status());
        assertTrue(CPP.describeExit(128 + 11).contains("SIGSEGV"));
        Answer fpe = once(spec, "fpe");
        assertEquals(128 + 8, assertInstanceOf(Answer.Exited.class, fpe, fpe::toString).status());
        assertTrue(CPP.describeExit(128 + 8).contains("SIGFPE"));
        Answer threw = once(spec, "throws");
        Answer.Threw t = assertInstanceOf(Answer.Threw.class, threw, threw::toString);
        assertEquals("terminate called after throwing an instance of 'std::out_of_range'\n  what():  "
                + "vector::_M_range_check: __n (which is 3) >= this->size() (which is 0)", CPP.describeThrown(t, "x"));
        Answer alloc = once(spec, "alloc");
        assertInstanceOf(Answer.OutOfMemory.class, alloc, alloc::toString);
        Answer fine = once(spec, "fine");
        assertEquals("printed fine\n", assertInstanceOf(Answer.Returned.class, fine, fine::toString).stdout());
    }

    private static Answer once(ChildSpec spec, String s) {
        try (Child child = Child.start(spec, Sandbox.current())) {
            return child.call(List.of(new Value.Str(s), new Value.Str("a")), Duration.ofSeconds(120));
        }
    }

    @Test
    void runReportsAnOutOfBoundsReadThatGivesTheRightAnswerAtTheUsersLineAndSubmitDoesNotBuildWithSanitizers() {
        String text = ACCEPTED.replace("vector<int> need(128, 0);\n", "vector<int> need(128, 0);\n"
                + "        volatile int beyond = need[128 + (int)t.size() % 1]; (void)beyond;\n");
        int line = text.lines().toList().indexOf("        volatile int beyond = need[128 + (int)t.size() % 1];"
                + " (void)beyond;") + 1;
        Result run = TestPackages.judge().run(TestPackages.p76(), source(text), null);
        assertEquals(Verdict.RUNTIME_ERROR, run.verdict(), run::toString);
        String message = run.failure().message();
        assertTrue(message.contains("AddressSanitizer: heap-buffer-overflow"), message);
        assertTrue(message.contains("solution.cpp:" + line), "the report names line " + line + ": " + message);
    }

    @Test
    void aCrashInSubmitIsRerunWithTheSanitizersToSayWhereAndWhy() {
        String text = ACCEPTED.replace("vector<int> need(128, 0);\n", "vector<int> need(128, 0);\n"
                + "        if (t.size() > 3) { volatile int *p = nullptr; *p = 1; }\n");
        int line = text.lines().toList().indexOf("        if (t.size() > 3) { volatile int *p = nullptr; *p = 1; }") + 1;
        Result submit = TestPackages.judge().submit(TestPackages.p76(), source(text));
        assertEquals(Verdict.RUNTIME_ERROR, submit.verdict(), submit::toString);
        String message = submit.failure().message();
        assertTrue(message.startsWith("the solution was killed by SIGSEGV"), message);
        assertTrue(message.contains("Rerun of this test with AddressSanitizer and UndefinedBehaviorSanitizer"), message);
        assertTrue(message.contains("runtime error: store to null pointer"), message);
        assertTrue(message.contains("solution.cpp:" + line), "the report names line " + line + ": " + message);
        // The honest build's crash is what decided; a wrong answer is never rerun.
        Result wrong = TestPackages.judge().submit(TestPackages.p76(), source(ACCEPTED.replace("? \"\" :", "? \"none\" :")));
        assertEquals(Verdict.WRONG_ANSWER, wrong.verdict(), wrong::toString);
        assertTrue(!String.valueOf(wrong.failure().message()).contains("Rerun"), wrong::toString);
    }

    @Test
    void aCompileErrorIsAtTheUsersLineAndColumn() {
        Result result = TestPackages.judge().run(TestPackages.p76(), source("""
                class Solution {
                public:
                    string minWindow(string s, string t) {
                        return s + u;
                    }
                };
                """), null);
        assertEquals(Verdict.COMPILE_ERROR, result.verdict(), result::toString);
        CompileError first = result.compileErrors().get(0);
        assertEquals(4, first.line(), result.compileErrors()::toString);
        assertEquals(20, first.column(), result.compileErrors()::toString);
        assertTrue(first.message().contains("'u' was not declared in this scope"), first.message());
        assertEquals("        return s + u;", first.sourceLine());
    }

    @Test
    void aMethodWithTheWrongNameIsACompileErrorSayingTheDriverCannotCallIt() {
        Result result = TestPackages.judge().run(TestPackages.p76(), source("""
                class Solution {
                public:
                    string minimumWindow(string s, string t) { return s; }
                };
                """), null);
        assertEquals(Verdict.COMPILE_ERROR, result.verdict(), result::toString);
        assertTrue(result.message().contains("the judge's driver cannot call the solution")
                && result.message().contains("minWindow"), result.message());
    }

    @Test
    void theCompilerCannotIncludeFilesOutsideItsFolder() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/etc/shadow")) || Files.isReadable(Path.of("/etc/passwd")));
        String secret = Files.isReadable(Path.of("/etc/shadow")) ? "/etc/shadow" : "/etc/passwd";
        Result result = TestPackages.judge().run(TestPackages.p76(), source("#include \"" + secret + "\"\n"
                + "class Solution { public: string minWindow(string s, string t) { return s; } };\n"), null);
        assertEquals(Verdict.COMPILE_ERROR, result.verdict(), result::toString);
        String everything = result.message() + result.compileErrors();
        assertTrue(everything.contains("No such file or directory"), everything);
        assertFalse(everything.contains("root:"), everything);
    }
}
