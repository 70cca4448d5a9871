package judge.lang.python;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import judge.compile.CompileResult;
import judge.compile.Source;
import judge.lang.Language;
import judge.lang.Toolchain;
import judge.problem.PackageException;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.TextFiles;
import judge.sandbox.Answer;
import judge.sandbox.Child;
import judge.sandbox.ChildSpec;
import judge.sandbox.RuntimeFiles;
import judge.sandbox.Sandbox;

/**
 * Python 3 as LeetCode runs it: {@code class Solution:} in a {@code .py} file, checked by {@code check.py}
 * (parsed with {@code ast}, never run) and run by {@code runner.py} in the system's CPython
 * ({@link PythonRuntime}), started as {@code python3 -I -S -B runner.py} under the sandbox, which binds the
 * interpreter and its standard library read-only.
 *
 * <p>Python has no class scan: the OS sandbox is its only boundary, so it needs one ({@link #needsOsSandbox}).
 */
public final class PythonLanguage implements Language {
    /** The solution's file name in its folder: the runner loads it as the module {@code solution}. */
    static final String SCRIPT = PythonStub.FILE_NAME;

    /**
     * Python solutions get this many times the Java reference's time (and the floors). Measured on the bundled
     * problems: idiomatic accepted Python runs 2 to 6 times the Java reference's time on the larger hidden tests,
     * most of it interpreter start and conversion that the floors absorb; see docs/benchmarks.md.
     */
    static final double DEFAULT_TIME_FACTOR = 3;

    /** What the interpreter itself and the runner use beside the solution's data: the problem's memory is the solution's. */
    static final int INTERPRETER_HEADROOM_MB = 32;

    private static final Duration SELF_TEST_DEADLINE = Duration.ofSeconds(30);

    /** What LeetCode's Python 3 environment has imported before the solution's first line (runner.py's prelude). */
    static final String IMPLICIT_IMPORTS = "from typing import *\nfrom collections import *\nfrom heapq import *\n"
            + "from bisect import *\nfrom math import *\nfrom itertools import *\nfrom functools import *\n"
            + "from string import *\nimport array, bisect, collections, copy, functools, heapq, itertools, math, operator,"
            + " random, re, statistics, string, sys, typing\n";

    @Override
    public String name() {
        return "python";
    }

    @Override
    public String title() {
        return "Python 3";
    }

    @Override
    public List<String> extensions() {
        return List.of(".py");
    }

    @Override
    public String stubFileName() {
        return SCRIPT;
    }

    @Override
    public String stub(Problem problem) {
        return PythonStub.stub(problem);
    }

    @Override
    public String implicitImports() {
        return IMPLICIT_IMPORTS;
    }

    @Override
    public double defaultTimeFactor() {
        return DEFAULT_TIME_FACTOR;
    }

    @Override
    public boolean needsOsSandbox() {
        return true;
    }

    @Override
    public String unavailable() {
        return PythonRuntime.get().problem();
    }

    @Override
    public Source read(Path file) {
        Path shown = ProblemLoader.shown(file);
        String text = TextFiles.readUtf8(file, shown, Source.MAX_BYTES);
        if (text.isBlank()) {
            throw new PackageException(shown + ": the file is empty; expected a Python file with class "
                    + "Solution");
        }
        return source(shown, text);
    }

    /** The runner adds the implicit imports itself; the source goes as written, so lines and columns are the user's. */
    @Override
    public Source source(Path shown, String text) {
        return new Source(shown, text, text, "solution", 0, name());
    }

    /**
     * Beside {@code solution.py}: the Python APIs the package forbids ({@link PythonStub#forbiddenJson}), which
     * {@code runner.py} reads before it loads the solution. Absent when the package forbids none.
     */
    static final String FORBIDDEN_FILE = "forbidden.json";

    @Override
    public CompileResult compile(Problem problem, Source source, Path into, Toolchain tools) {
        if (!problem.forbiddenPython().isEmpty()) {
            Path rules = into.resolve(FORBIDDEN_FILE);
            try {
                Files.writeString(rules, PythonStub.forbiddenJson(problem), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + rules, e);
            }
        }
        return compile(PythonStub.checkConfig(problem), source, into);
    }

    private CompileResult compile(String checkConfig, Source source, Path into) {
        PythonRuntime python = PythonRuntime.get();
        if (!python.available()) {
            return new CompileResult.Failed("cannot judge Python here: " + python.problem(), List.of());
        }
        Path script = into.resolve(SCRIPT);
        try {
            Files.writeString(script, source.compiled(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + script, e);
        }
        return PythonCheck.run(python, script, source, checkConfig, into);
    }

    @Override
    public Launch launch(ChildSpec spec) {
        PythonRuntime python = PythonRuntime.get();
        if (!python.available()) {
            throw new IllegalStateException("cannot run Python here: " + python.problem());
        }
        PythonFiles files = PythonFiles.get();
        List<Path> readOnly = new ArrayList<>(python.readOnly());
        readOnly.add(files.folder());
        return new Launch(List.of(python.executable().toString(), "-I", "-S", "-B", "-X", "utf8",
                files.runner().toString()), readOnly, spec.memoryMb() + INTERPRETER_HEADROOM_MB);
    }

    @Override
    public String solutionLocation(ChildSpec spec) {
        return spec.userClasses().resolve(SCRIPT).toString();
    }

    @Override
    public Answer thrown(Answer.Threw t) {
        // The runner flags a MemoryError that an allocation raised at the limit (Protocol.Raised#memoryLimit),
        // which the child reads as Memory Limit Exceeded before this; a MemoryError the solution raised itself
        // is a Runtime Error like any other exception, as Java's own OutOfMemoryError is.
        return t;
    }

    @Override
    public boolean outOfMemoryExit(int status, String printed) {
        return false;
    }

    /** As LeetCode shows a Python error: the exception, then the user's frames, innermost first. */
    @Override
    public String describeThrown(Answer.Threw t, String fileName) {
        StringBuilder message = new StringBuilder(t.exception());
        if (!t.message().isEmpty()) {
            message.append(": ").append(t.message());
        }
        List<Answer.StackFrame> frames = t.frames();
        for (int i = 0; i < frames.size(); i++) {
            Answer.StackFrame frame = frames.get(i);
            int same = 1;
            while (i + same < frames.size() && frames.get(i + same).equals(frame)) {
                same++;
            }
            message.append("\n  Line ").append(frame.line()).append(" in ").append(frame.method()).append(" (")
                    .append(fileName).append(')');
            if (same > 2) {
                // Recursion: one line for the repeats, as Python's own traceback does.
                message.append("\n  [the line above repeated ").append(same - 1).append(" more times]");
                i += same - 1;
            }
        }
        return message.toString();
    }

    @Override
    public String describeExit(int status) {
        return status > 128
                ? "the Python process running the solution was killed by signal " + (status - 128)
                : "the solution ended the Python process with status " + status + " (sys.exit, exit() or os._exit)"
                  + " before returning";
    }

    @Override
    public String describeOutOfMemory(int memoryMb) {
        return "MemoryError: the solution needed more than the " + memoryMb + " MB memory limit";
    }

    /** Checks and runs a one-method {@code class Solution} in a child under {@code sandbox}. */
    @Override
    public SelfTest selfTest(Sandbox sandbox) {
        PythonRuntime python = PythonRuntime.get();
        if (!python.available()) {
            return new SelfTest(name(), false, python.problem());
        }
        Path folder;
        try {
            folder = judge.sandbox.Leftovers.named("judge-selftest-python-");
        } catch (IOException e) {
            return new SelfTest(name(), false, "cannot create a temporary folder: " + e.getMessage());
        }
        try {
            Source source = source(Path.of(SCRIPT), "class Solution:\n    def answer(self) -> int:\n"
                    + "        return 6 * 7\n");
            CompileResult checked = compile("{\"class\":\"Solution\",\"method\":\"answer\",\"params\":[],"
                    + "\"returns\":\"int\"}", source, folder);
            if (checked instanceof CompileResult.Failed f) {
                return new SelfTest(name(), false, "check.py failed on a tiny program: " + f.summary());
            }
            ChildSpec spec = new ChildSpec(List.of(), "Solution", "answer", folder, 64, ChildSpec.DEFAULT_KEEP_OUTPUT,
                    ChildSpec.DEFAULT_OUTPUT_LIMIT, List.of(), List.of("int"), this);
            long start = System.nanoTime();
            try (Child child = Child.start(spec, sandbox)) {
                Answer answer = child.call(List.of(), SELF_TEST_DEADLINE);
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (!(answer instanceof Answer.Returned r) || !r.output().equals("42")) {
                    return new SelfTest(name(), false, "a tiny program did not answer 42: " + answer);
                }
                return new SelfTest(name(), true, "Python " + python.version() + " (" + python.executable()
                        + "): checked and ran a tiny program in " + ms + " ms"
                        + (sandbox.isolated() ? "" : "; without the OS sandbox Python solutions are refused unless"
                        + " --allow-unsandboxed"));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            return new SelfTest(name(), false, "cannot start a Python child: " + e.getMessage());
        } finally {
            RuntimeFiles.deleteTree(folder);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
