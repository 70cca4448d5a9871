package judge.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import judge.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiling untrusted code is bounded: whatever javac does with a source ends as that source's Compile Error. */
class CompilerTest {
    @TempDir Path out;

    private static final Source SOLUTION = Source.of(Path.of("Solution.java"),
            "class Solution { public String minWindow(String s, String t) { return s; } }");

    /** A javac whose task creation throws {@code thrown}, standing in for a javac bug hit by absurd code. */
    private static JavaCompiler javacThrowing(Throwable thrown) {
        JavaCompiler real = ToolProvider.getSystemJavaCompiler();
        return (JavaCompiler) Proxy.newProxyInstance(CompilerTest.class.getClassLoader(),
                new Class<?>[] {JavaCompiler.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getTask")) {
                        throw thrown;
                    }
                    return method.invoke(real, args);
                });
    }

    private CompileResult compileWith(JavaCompiler javac, Duration limit) {
        return new Compiler(javac, limit).compile(SOLUTION, TestPackages.p76().signature(), out,
                List.of(judge.sandbox.RuntimeFiles.get().api()));
    }

    @Test
    void anyThrowableFromJavacIsACompileErrorNotAFailureOfTheJudge() {
        for (Throwable thrown : List.of(new AssertionError("javac bug"), new OutOfMemoryError("Java heap space"),
                new IllegalStateException("bad tree"), new StackOverflowError())) {
            CompileResult r = compileWith(javacThrowing(thrown), Duration.ofSeconds(30));
            CompileResult.Failed failed = assertInstanceOf(CompileResult.Failed.class, r, thrown.toString());
            assertTrue(failed.summary().startsWith("the compiler"), failed.summary());
        }
        CompileResult.Failed bug = (CompileResult.Failed) compileWith(javacThrowing(new AssertionError("javac bug")),
                Duration.ofSeconds(30));
        assertEquals("the compiler failed on this source: java.lang.AssertionError: javac bug", bug.summary());
    }

    @Test
    void deeplyNestedCodeCompilesOnTheCompilersLargeStack() {
        String nested = "(".repeat(10_000) + "1" + ")".repeat(10_000);
        Source deep = Source.of(Path.of("Solution.java"), "class Solution { public String minWindow(String s, String t)"
                + " { int x = " + nested + "; return s; } }");
        CompileResult r = new Compiler().compile(deep, TestPackages.p76().signature(), out,
                List.of(judge.sandbox.RuntimeFiles.get().api()));
        assertInstanceOf(CompileResult.Compiled.class, r, () -> ((CompileResult.Failed) r).summary());
    }

    @Test
    void compilingPastTheTimeLimitIsACompileErrorSayingSo() {
        CompileResult r = compileWith(ToolProvider.getSystemJavaCompiler(), Duration.ofMillis(1));
        CompileResult.Failed failed = assertInstanceOf(CompileResult.Failed.class, r);
        assertEquals("compiling took longer than 1 ms", failed.summary());
        // The package's own code (no signature to check) is trusted: a busy machine does not fail it.
        CompileResult trusted = new Compiler(ToolProvider.getSystemJavaCompiler(), Duration.ofMillis(1))
                .compile(SOLUTION, null, out.resolve("trusted"), List.of(judge.sandbox.RuntimeFiles.get().api()));
        assertInstanceOf(CompileResult.Compiled.class, trusted, trusted::toString);
    }

    // ---- the early compile (begun before the command line is parsed; Compiler#beginEarly) ----

    private static final List<Path> API = List.of(judge.sandbox.RuntimeFiles.get().api());

    private static Path write(Path dir, String text) throws java.io.IOException {
        return java.nio.file.Files.writeString(dir.resolve("Solution.java"), text);
    }

    @Test
    void anEarlyCompileOfTheSameSourceIsTakenOverAndGivesTheSameClasses(@TempDir Path dir) throws Exception {
        Path file = write(dir, "class Solution { public String minWindow(String s, String t) { return t; } }");
        int before = Compiler.ADOPTED.get();
        Compiler.beginEarly(file);
        // The package's own code (no signature) compiling meanwhile leaves the early compile alone.
        assertInstanceOf(CompileResult.Compiled.class, new Compiler().compile(Source.of(Path.of("Helper.java"),
                "class Helper {}"), null, out.resolve("package"), API));
        CompileResult r = new Compiler().compile(Source.read(file), TestPackages.p76().signature(), out, API);
        assertInstanceOf(CompileResult.Compiled.class, r, r::toString);
        assertEquals(before + 1, Compiler.ADOPTED.get());
        assertEquals(out, ((CompileResult.Compiled) r).classes());
        assertTrue(java.nio.file.Files.isRegularFile(out.resolve("Solution.class")));
    }

    @Test
    void anEarlyCompileStillChecksTheSignatureAndReportsErrorsAsAnyCompile(@TempDir Path dir) throws Exception {
        String wrongSignature = "class Solution { public int minWindow(String s, String t) { return 0; } }";
        String syntax = "class Solution { public String minWindow(String s, String t) { return s } }";
        for (String text : List.of(wrongSignature, syntax)) {
            Path file = write(dir, text);
            CompileResult direct = new Compiler().compile(Source.read(file), TestPackages.p76().signature(),
                    out.resolve("direct"), API);
            int before = Compiler.ADOPTED.get();
            Compiler.beginEarly(file);
            CompileResult early = new Compiler().compile(Source.read(file), TestPackages.p76().signature(),
                    out.resolve("early"), API);
            assertEquals(before + 1, Compiler.ADOPTED.get());
            assertInstanceOf(CompileResult.Failed.class, direct);
            assertEquals(direct, early);
        }
    }

    @Test
    void anEarlyCompileOfAnotherSourceIsDroppedAndTheAskedOneCompiled(@TempDir Path dir) throws Exception {
        Path file = write(dir, "class Solution { public String minWindow(String s, String t) { return t; } }");
        int before = Compiler.ADOPTED.get();
        Compiler.beginEarly(file);
        CompileResult r = new Compiler().compile(SOLUTION, TestPackages.p76().signature(), out, API);
        assertInstanceOf(CompileResult.Compiled.class, r, r::toString);
        assertEquals(before, Compiler.ADOPTED.get());
        // A file that cannot be read early is no early compile at all: the later read reports it.
        Compiler.beginEarly(dir.resolve("missing.java"));
        assertInstanceOf(CompileResult.Compiled.class,
                new Compiler().compile(SOLUTION, TestPackages.p76().signature(), out.resolve("again"), API));
        assertEquals(before, Compiler.ADOPTED.get());
    }
}
