package judge.lang.cpp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import judge.compile.CompileResult;
import judge.compile.Source;
import judge.lang.Language;
import judge.lang.Toolchain;
import judge.problem.Design;
import judge.problem.PackageException;
import judge.problem.Param;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.Signature;
import judge.problem.TextFiles;
import judge.problem.TypeSpec;
import judge.sandbox.Answer;
import judge.sandbox.Child;
import judge.sandbox.ChildSpec;
import judge.sandbox.RuntimeFiles;
import judge.sandbox.Sandbox;

/**
 * C++17 as LeetCode runs it: {@code class Solution { public: ... };} in a {@code .cpp} file with the standard
 * library, {@code using namespace std;}, {@code ListNode} and {@code TreeNode} already there. The judge
 * generates a driver from the problem's signature ({@link CppDriver}), compiles the solution with it under the
 * sandbox ({@link CppCompiler}: {@code g++ -std=c++17 -O2}, cached by hash), and runs the binary in the child.
 *
 * <p>The child starts before the binary exists (the judge boots children while the source compiles): it is a
 * shell line ({@link #LOADER}) that reads the configuration frame and the next frame's header, which the judge
 * sends only once compiling succeeded, moves the channel to descriptors 3 and 4 (descriptor 0 at /dev/null, 1
 * at 2), and becomes the binary, handing it both. Native code has no class scan: it needs the OS sandbox.
 */
public final class CppLanguage implements Language {
    /**
     * C++ solutions get this many times the Java reference's time: the same limit as Java. One measurement so
     * far (76, an accepted sliding window): 15 to 18 ms for the hidden tests against the reference's 57 to 67 ms
     * in the same run; a wider measurement is still to do (docs/cpp.md).
     */
    static final double DEFAULT_TIME_FACTOR = 1;

    /** What the process needs beside the solution's data: its stack, the C++ runtime, the driver's buffers. */
    static final int RUNTIME_HEADROOM_MB = 64;

    /**
     * The child's first program, before the binary exists: reads the configuration's header line, then one
     * line holding the configuration (which has no newline) and the first call's length, becomes the binary.
     */
    static final String LOADER = "IFS= read -r n || exit 0; IFS= read -r line || exit 0;"
            + " exec 3<&0 4>&1 </dev/null 1>&2; exec \"$0\" \"$line\"";

    /** The status the prelude has the sanitizers end the process with after their report. */
    static final int SANITIZER_EXIT = 86;

    private static final Duration SELF_TEST_DEADLINE = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "cpp";
    }

    @Override
    public String title() {
        return "C++17";
    }

    @Override
    public List<String> extensions() {
        return List.of(".cpp", ".cc", ".cxx");
    }

    @Override
    public String stubFileName() {
        return CppStub.FILE_NAME;
    }

    @Override
    public String stub(Problem problem) {
        return CppStub.stub(problem);
    }

    @Override
    public String implicitImports() {
        return "#include <bits/stdc++.h>\nusing namespace std;\n";
    }

    @Override
    public double defaultTimeFactor() {
        return DEFAULT_TIME_FACTOR;
    }

    @Override
    public boolean needsOsSandbox() {
        return true;
    }

    /** As LeetCode builds C++: its users know these reports (heap-buffer-overflow, stack-use-after-scope). */
    @Override
    public String crashExplainedBy() {
        return "AddressSanitizer and UndefinedBehaviorSanitizer";
    }

    @Override
    public String unavailable() {
        return CppToolchain.get().problem();
    }

    @Override
    public Source read(Path file) {
        Path shown = ProblemLoader.shown(file);
        String text = TextFiles.readUtf8(file, shown, Source.MAX_BYTES);
        if (text.isBlank()) {
            throw new PackageException(shown + ": the file is empty; expected a C++ file with class Solution");
        }
        return source(shown, text);
    }

    /** The prelude and driver are added when compiling; the source goes as written, lines and columns the user's. */
    @Override
    public Source source(Path shown, String text) {
        return new Source(shown, text, text, "solution", 0, name());
    }

    @Override
    public CompileResult compile(Problem problem, Source source, Path into, Toolchain tools) {
        List<judge.compile.CompileError> forbidden = CppForbidden.check(source.compiled(), problem.forbiddenCpp());
        if (!forbidden.isEmpty()) {
            return new CompileResult.Failed(forbidden.size() == 1 ? "1 error" : forbidden.size() + " errors", forbidden);
        }
        return compile(problem.signature(), source, into, Sandbox.current(), tools.checked());
    }

    CompileResult compile(Signature signature, Source source, Path into, Sandbox sandbox, boolean sanitizers) {
        CppToolchain cpp = CppToolchain.get();
        if (!cpp.available()) {
            return new CompileResult.Failed("cannot judge C++ here: " + cpp.problem(), List.of());
        }
        String unsupported = signature.api() != null && !signature.api().className().equals("VersionControl")
                ? "a judge-provided API (" + signature.api().className() + ")"
                : unsupportedType(signature);
        if (unsupported != null) {
            return new CompileResult.Failed("C++ solutions cannot be judged for this problem yet: its signature uses "
                    + unsupported + ", which the C++ driver does not build", List.of());
        }
        String fileName = source.path().getFileName() == null ? CppStub.FILE_NAME
                : source.path().getFileName().toString();
        String unit = CppDriver.unit(signature, source.compiled(), fileName);
        return new CppCompiler(cpp, CppCompiler.defaultCacheRoot()).compile(unit, source, into, sanitizers, sandbox);
    }

    private static String unsupportedType(Signature signature) {
        List<TypeSpec> types = new java.util.ArrayList<>();
        if (signature.isDesign()) {
            Design d = signature.design();
            d.constructor().forEach(p -> types.add(p.type()));
            for (Design.Method m : d.methods()) {
                m.params().forEach(p -> types.add(p.type()));
            }
        } else {
            signature.params().stream().map(Param::type).forEach(types::add);
        }
        for (TypeSpec t : types) {
            try {
                CppDriver.type(t);
            } catch (IllegalArgumentException e) {
                return t.javaName();
            }
        }
        return null;
    }

    @Override
    public Launch launch(ChildSpec spec) {
        Path shell = shell();
        return new Launch(List.of(shell.toString(), "-c", LOADER, spec.userClasses().resolve(CppCompiler.BINARY)
                .toString()), List.of(shell), spec.memoryMb() + RUNTIME_HEADROOM_MB);
    }

    /** The POSIX shell the loader runs in, its links resolved (the sandbox binds the file itself). */
    private static Path shell() {
        try {
            return Path.of("/bin/sh").toRealPath();
        } catch (IOException e) {
            return Path.of("/bin/sh");
        }
    }

    @Override
    public Answer thrown(Answer.Threw t) {
        return t.exception().equals("std::bad_alloc") ? new Answer.OutOfMemory(t.stdout()) : t;
    }

    @Override
    public boolean outOfMemoryExit(int status, String printed) {
        return false;
    }

    /** As libstdc++ (and so LeetCode) shows an uncaught exception. */
    @Override
    public String describeThrown(Answer.Threw t, String fileName) {
        if (t.exception().startsWith("AddressSanitizer") || t.exception().startsWith("UndefinedBehaviorSanitizer")) {
            return t.message();
        }
        StringBuilder message = new StringBuilder("terminate called after throwing an instance of '")
                .append(t.exception()).append('\'');
        if (!t.message().isEmpty()) {
            message.append("\n  what():  ").append(t.message());
        }
        return message.toString();
    }

    @Override
    public String describeExit(int status) {
        if (status > 128) {
            int signal = status - 128;
            return "the solution was killed by " + signalName(signal) + switch (signal) {
                case 11 -> " (segmentation fault: a null or dangling pointer, an index out of bounds, or recursion"
                        + " too deep for the stack)";
                case 6 -> " (abort: a failed assert, or the C++ runtime ended the program)";
                case 8 -> " (arithmetic error: an integer division or modulo by zero, or INT_MIN / -1)";
                case 7 -> " (bus error: a misaligned or unmapped memory access)";
                case 4 -> " (illegal instruction: undefined behaviour such as a value-returning function that"
                        + " returned nothing)";
                case 31 -> " (a system call the sandbox forbids)";
                case 25 -> " (the file size limit)";
                default -> "";
            };
        }
        if (status == SANITIZER_EXIT) {
            return "a sanitizer (UndefinedBehaviorSanitizer or AddressSanitizer, in run and fuzz builds) stopped the"
                    + " solution at undefined behaviour: its report, with your line, is in the output";
        }
        return "the solution ended the process with status " + status + " (exit() or abort-like code) before"
                + " returning";
    }

    static String signalName(int signal) {
        return switch (signal) {
            case 1 -> "SIGHUP";
            case 4 -> "SIGILL";
            case 5 -> "SIGTRAP";
            case 6 -> "SIGABRT";
            case 7 -> "SIGBUS";
            case 8 -> "SIGFPE";
            case 9 -> "SIGKILL";
            case 11 -> "SIGSEGV";
            case 13 -> "SIGPIPE";
            case 15 -> "SIGTERM";
            case 24 -> "SIGXCPU";
            case 25 -> "SIGXFSZ";
            case 31 -> "SIGSYS";
            default -> "signal " + signal;
        };
    }

    @Override
    public String describeOutOfMemory(int memoryMb) {
        return "std::bad_alloc: the solution needed more than the " + memoryMb + " MB memory limit";
    }

    /** Compiles and runs a one-method {@code class Solution} in a child under {@code sandbox}. */
    @Override
    public SelfTest selfTest(Sandbox sandbox) {
        CppToolchain cpp = CppToolchain.get();
        if (!cpp.available()) {
            return new SelfTest(name(), false, cpp.problem());
        }
        Path folder;
        try {
            folder = judge.sandbox.Leftovers.named("judge-selftest-cpp-");
        } catch (IOException e) {
            return new SelfTest(name(), false, "cannot create a temporary folder: " + e.getMessage());
        }
        try {
            Source source = source(Path.of(CppStub.FILE_NAME),
                    "class Solution {\npublic:\n    int answer() { return 6 * 7; }\n};\n");
            Signature signature = new Signature("Solution", "answer", List.of(),
                    new TypeSpec.Scalar(TypeSpec.Kind.INT, false));
            long start = System.nanoTime();
            CompileResult compiled = compile(signature, source, folder, sandbox, false);
            if (compiled instanceof CompileResult.Failed f) {
                return new SelfTest(name(), false, cpp.compiler() + " failed on a tiny program: " + f.summary());
            }
            ChildSpec spec = new ChildSpec(List.of(), "Solution", "answer", folder, 64, ChildSpec.DEFAULT_KEEP_OUTPUT,
                    ChildSpec.DEFAULT_OUTPUT_LIMIT, List.of(), List.of("int"), this);
            try (Child child = Child.start(spec, sandbox)) {
                Answer answer = child.call(List.of(), SELF_TEST_DEADLINE);
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (!(answer instanceof Answer.Returned r) || !r.output().equals("42")) {
                    return new SelfTest(name(), false, "a tiny program did not answer 42: " + answer);
                }
                return new SelfTest(name(), true, cpp.version() + " (" + cpp.compiler() + ", -std=c++17 -O2): compiled"
                        + (sandbox.isolated() ? " under bubblewrap" : "") + " and ran a tiny program in " + ms + " ms"
                        + (sandbox.isolated() ? "" : "; without the OS sandbox C++ solutions are refused unless"
                        + " --allow-unsandboxed"));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            return new SelfTest(name(), false, "cannot compile or start a C++ child: " + e.getMessage());
        } finally {
            RuntimeFiles.deleteTree(folder);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
