package judge.lang;

import java.nio.file.Path;
import java.util.List;
import judge.compile.CompileResult;
import judge.compile.Source;
import judge.problem.Problem;
import judge.sandbox.Answer;
import judge.sandbox.ChildSpec;
import judge.sandbox.Sandbox;

/**
 * One language a solution may be written in: everything the judge needs to know about it, and the only place
 * that knows it. The rest of the judge (problems, values, checkers, limits, verdicts, the property engine,
 * grading, reports, history) knows a language only through this interface and the wire protocol
 * ({@link Protocol}, {@code docs/protocol.md}).
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader} ({@code META-INF/services/judge.lang.Language})
 * and listed by {@link Languages}. Adding a language is one package with an implementation of this interface,
 * the runner its child runs (speaking the protocol), a stub and a self-test program.
 */
public interface Language {

    /** The name {@code --lang}, {@code JUDGE_LANG} and every JSON report use: {@code java}, {@code python}. */
    String name();

    /** What a person reads: {@code Java}, {@code Python 3}. */
    String title();

    /** The file name endings of its sources, with the dot: {@code .java}. The first is the one {@code new} writes. */
    List<String> extensions();

    /** The file {@code new} writes for a problem: {@code Solution.java}, {@code solution.py}. */
    String stubFileName();

    /** The file {@code new} writes for {@code problem} ({@code LRUCache.java} for a design problem in Java). */
    default String stubFileName(Problem problem) {
        return stubFileName();
    }

    /** LeetCode's stub of {@code problem} in this language: what {@code new} writes. */
    String stub(Problem problem);

    /** What LeetCode has in scope for every solution in this language before its first line, as source text. */
    String implicitImports();

    /**
     * How many times the Java reference's time a solution in this language gets by default (1 for Java); a
     * problem may override it with {@code limits.languageFactors}.
     */
    double defaultTimeFactor();

    /**
     * Whether a solution in this language may only run under the OS sandbox (bubblewrap): true for a language
     * whose code the judge cannot check before it runs (no class scan). Without it such solutions are refused
     * unless the user allows it ({@code --allow-unsandboxed} or {@code JUDGE_SANDBOX=none}).
     */
    boolean needsOsSandbox();

    /**
     * What a crash in a submit (a plain build, for honest timing) is rerun under to explain it: the name of the
     * checks its checked build adds ({@link Toolchain#checked}), or {@code null} when there is none worth it.
     */
    default String crashExplainedBy() {
        return null;
    }

    /** Why solutions in this language cannot run on this machine (no interpreter, too old), or {@code null}. */
    default String unavailable() {
        return null;
    }

    /** Reads a user's file as a source of this language; unreadable or empty input is a {@code PackageException}. */
    Source read(Path file);

    /** A source of this language from text, {@code shown} being the name errors and reports use. */
    Source source(Path shown, String text);

    /**
     * Checks and compiles {@code source} for {@code problem} into the empty folder {@code into}, under the limits
     * of {@code tools}: the folder then holds everything the child needs of the solution (classes, a copy of
     * the script, a binary). Problems with the source itself are a {@link CompileResult.Failed} with the
     * user's lines and columns.
     */
    CompileResult compile(Problem problem, Source source, Path into, Toolchain tools);

    /**
     * The command that starts this language's runner for {@code spec}, and the paths the child must see
     * read-only besides the system's libraries: the sandbox wraps the command with its layers.
     */
    Launch launch(ChildSpec spec);

    /**
     * Where the runner finds the solution, as the configuration frame's {@code solutionFolder} field says it:
     * the folder {@link #compile} filled (Java's class folder), or a file in it (Python's script).
     */
    default String solutionLocation(ChildSpec spec) {
        return spec.userClasses().toString();
    }

    /**
     * The answer a call that raised {@code thrown} gets: {@link Answer.Threw} unless the language reads the
     * exception as something else (neither Java nor Python does: a memory verdict comes from the runner's
     * {@code memory} flag, never from an exception's name).
     */
    Answer thrown(Answer.Threw thrown);

    /**
     * Whether a child that ended with {@code status}, having printed {@code printed}, ran out of memory in the
     * language's own terms (a JVM's heap limit); the cgroup's kill is read by the sandbox whatever the language.
     */
    boolean outOfMemoryExit(int status, String printed);

    /** {@code printed} without the lines the runtime itself adds when it dies out of memory. */
    default String withoutRuntimeNoise(String printed) {
        return printed;
    }

    /** The message of a runtime error, as this language shows it: the exception and the user's own frames. */
    String describeThrown(Answer.Threw thrown, String fileName);

    /** Why a child that exited with {@code status} without answering did so, in this language's terms. */
    String describeExit(int status);

    /** The message of a memory limit exceeded at {@code memoryMb}. */
    String describeOutOfMemory(int memoryMb);

    /**
     * Compiles and runs a tiny program of this language under {@code sandbox}: one line of {@code ./judge
     * doctor}. Never throws; a language that cannot run here says why.
     */
    SelfTest selfTest(Sandbox sandbox);

    /**
     * How the runner starts: its command line, what it needs to see read-only in the sandbox, and the memory its
     * whole process may use in the cgroup ({@code memoryLimitMb}; 0 for the sandbox's default, the problem's
     * memory plus the headroom a JVM needs beside its heap).
     */
    record Launch(List<String> command, List<Path> readOnly, int memoryLimitMb) {
        public Launch {
            command = List.copyOf(command);
            readOnly = List.copyOf(readOnly);
        }

        public Launch(List<String> command, List<Path> readOnly) {
            this(command, readOnly, 0);
        }
    }

    /** The outcome of {@link #selfTest}: whether the language works here, and what was found or went wrong. */
    record SelfTest(String language, boolean ok, String detail) {}
}
