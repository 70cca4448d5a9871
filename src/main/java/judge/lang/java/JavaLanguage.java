package judge.lang.java;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import judge.compile.ClassScan;
import judge.compile.CompileResult;
import judge.compile.Compiler;
import judge.compile.Source;
import judge.lang.Language;
import judge.lang.Toolchain;
import judge.practice.Stub;
import judge.problem.Problem;
import judge.problem.Signature;
import judge.sandbox.Answer;
import judge.sandbox.Child;
import judge.sandbox.ChildSpec;
import judge.sandbox.RuntimeFiles;
import judge.sandbox.Sandbox;

/**
 * Java as LeetCode runs it: compiled in the judge's process with {@code javax.tools} ({@link Compiler}), the
 * classes checked by {@link ClassScan}, and run by {@code judge.runner.Runner} in a child JVM of the judge's
 * own JDK.
 */
public final class JavaLanguage implements Language {
    /** The JVM's exit status under {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int JVM_OOM_EXIT = 3;
    private static final Duration SELF_TEST_DEADLINE = Duration.ofSeconds(30);

    @Override
    public String name() {
        return "java";
    }

    @Override
    public String title() {
        return "Java";
    }

    @Override
    public List<String> extensions() {
        return List.of(".java");
    }

    @Override
    public String stubFileName() {
        return "Solution.java";
    }

    @Override
    public String stubFileName(Problem problem) {
        return problem.signature().className() + ".java";
    }

    @Override
    public String stub(Problem problem) {
        return Stub.source(problem);
    }

    @Override
    public String implicitImports() {
        return Source.IMPLICIT_IMPORTS;
    }

    @Override
    public double defaultTimeFactor() {
        return 1;
    }

    /** Java solutions are scanned before they run (see {@link ClassScan}), so the OS sandbox is advised, not required. */
    @Override
    public boolean needsOsSandbox() {
        return false;
    }

    @Override
    public Source read(Path file) {
        return Source.read(file);
    }

    @Override
    public Source source(Path shown, String text) {
        return Source.of(shown, text);
    }

    @Override
    public CompileResult compile(Problem problem, Source source, Path into, Toolchain tools) {
        CompileResult compiled = tools.javaCompiler().compile(source, problem.signature(), into,
                List.of(RuntimeFiles.get().api()));
        return tools.scanClasses() ? ClassScan.check(compiled, source, problem.forbiddenApis()) : compiled;
    }

    /** A JVM of the judge's own JDK running {@code judge.runner.Runner} over the spec's class path. */
    @Override
    public Launch launch(ChildSpec spec) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Memory: the problem's limit is the heap, and caps direct buffers too; metaspace and the code cache are
        // bounded, so that the whole process fits the limit plus Sandbox.JVM_ALLOWANCE_MB (which the cgroup
        // enforces where there is one).
        command.add("-Xmx" + spec.memoryMb() + "m");
        command.add("-XX:MaxDirectMemorySize=" + spec.memoryMb() + "m");
        command.add("-XX:MaxMetaspaceSize=64m");
        command.add("-XX:CompressedClassSpaceSize=32m");
        command.add("-XX:ReservedCodeCacheSize=48m");
        command.add("-Xss8m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:-UsePerfData");
        command.add("-Xshare:auto");
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dstdout.encoding=UTF-8");
        command.add("-cp");
        command.add(String.join(File.pathSeparator, spec.classPath().stream().map(Path::toString).toList()));
        command.add("judge.runner.Runner");
        // The JDK itself is bound by the sandbox's base layer (it runs the judge too).
        return new Launch(command, spec.classPath());
    }

    @Override
    public Answer thrown(Answer.Threw t) {
        // The runner flags a heap actually at its limit (Protocol.Raised.memoryLimit), which Child reads as a
        // memory verdict; an OutOfMemoryError by name alone is the solution's own Runtime Error.
        return t;
    }

    @Override
    public boolean outOfMemoryExit(int status, String printed) {
        return status == JVM_OOM_EXIT && printed.contains("java.lang.OutOfMemoryError");
    }

    @Override
    public String withoutRuntimeNoise(String printed) {
        return printed.replaceAll("(?m)^Terminating due to java.lang.OutOfMemoryError.*\\R?", "");
    }

    @Override
    public String describeThrown(Answer.Threw t, String fileName) {
        StringBuilder message = new StringBuilder(t.exception());
        if (!t.message().isEmpty()) {
            message.append(": ").append(t.message());
        }
        for (Answer.StackFrame frame : t.frames()) {
            message.append("\n  at ").append(frame.className()).append('.').append(frame.method())
                    .append('(').append(fileName).append(':').append(frame.line()).append(')');
        }
        return message.toString();
    }

    @Override
    public String describeExit(int status) {
        return status > 128
                ? "the JVM running the solution was killed by signal " + (status - 128)
                : "the solution ended the JVM with status " + status + " (System.exit or Runtime.halt)"
                  + " before returning";
    }

    @Override
    public String describeOutOfMemory(int memoryMb) {
        return "java.lang.OutOfMemoryError: the solution needed more than the " + memoryMb + " MB heap limit";
    }

    /** Compiles a one-method class with the judge's compiler and calls it in a child JVM under {@code sandbox}. */
    @Override
    public SelfTest selfTest(Sandbox sandbox) {
        Path classes;
        try {
            classes = judge.sandbox.Leftovers.named("judge-selftest-java-");
        } catch (IOException e) {
            return new SelfTest(name(), false, "cannot create a temporary folder: " + e.getMessage());
        }
        try {
            Signature sig = new Signature("Solution", "answer", List.of(), new judge.problem.TypeSpec.Scalar(judge.problem.TypeSpec.Kind.INT, false));
            CompileResult compiled = new Compiler().compile(Source.of(Path.of("Solution.java"),
                    "class Solution { public int answer() { return 6 * 7; } }"), sig, classes,
                    List.of(RuntimeFiles.get().api()));
            if (compiled instanceof CompileResult.Failed f) {
                return new SelfTest(name(), false, "javac failed on a tiny program: " + f.summary());
            }
            RuntimeFiles runtime = RuntimeFiles.get();
            ChildSpec spec = new ChildSpec(List.of(runtime.runner(), classes, runtime.api()), "Solution", "answer",
                    classes, 64, ChildSpec.DEFAULT_KEEP_OUTPUT, ChildSpec.DEFAULT_OUTPUT_LIMIT, List.of());
            long start = System.nanoTime();
            try (Child child = Child.start(spec, sandbox)) {
                Answer answer = child.call(List.of(), SELF_TEST_DEADLINE);
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (!(answer instanceof Answer.Returned r) || !r.output().equals("42")) {
                    return new SelfTest(name(), false, "a tiny program did not answer 42: " + answer);
                }
                return new SelfTest(name(), true, "Java " + Runtime.version().feature() + " ("
                        + System.getProperty("java.home") + "): compiled and ran a tiny program in " + ms + " ms");
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            return new SelfTest(name(), false, "cannot start a child JVM: " + e.getMessage());
        } finally {
            RuntimeFiles.deleteTree(classes);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
