package judge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import judge.compile.CompileCache;
import judge.compile.Compiler;
import judge.judging.Judge;
import judge.judging.JudgeOptions;
import judge.problem.Problem;
import judge.problem.ProblemLoader;

/** The problem packages the tests use: the real ones in problems/, and editable copies in a temp folder. */
public final class TestPackages {
    public static final Path PROBLEMS = Path.of("problems").toAbsolutePath();
    public static final Path P76 = PROBLEMS.resolve("0076-minimum-window-substring");

    private static Judge judge;
    private static Judge unscanned;

    private TestPackages() {}

    /**
     * The command line of the {@code ./judge} launcher with {@code args}, with SIGINT and SIGTERM back at their
     * defaults (GNU env's {@code --default-signal}, where it has one): a build started in the background of a
     * script ignores SIGINT, every process it starts inherits that, and the JVM keeps a signal ignored at its
     * start ignored, so a test of what Ctrl-C does would otherwise test nothing.
     */
    public static List<String> launcher(String... args) {
        List<String> command = new ArrayList<>();
        if (ENV_RESETS_SIGNALS) {
            command.addAll(List.of("env", "--default-signal=INT,TERM"));
        }
        command.add(Path.of("judge").toAbsolutePath().toString());
        command.addAll(List.of(args));
        return command;
    }

    private static final boolean ENV_RESETS_SIGNALS = envResetsSignals();

    private static boolean envResetsSignals() {
        try {
            Process p = new ProcessBuilder("env", "--default-signal=INT,TERM", "true").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static Problem p76() {
        return ProblemLoader.load(P76);
    }

    /** One judge for the whole test run, with its compile cache in target/ (not the user's home). */
    public static synchronized Judge judge() {
        if (judge == null) {
            Compiler compiler = new Compiler();
            judge = new Judge(compiler, new CompileCache(Path.of("target", "test-cache").toAbsolutePath(), compiler));
        }
        return judge;
    }

    /**
     * A judge with the class scan off, for tests of the defences behind it: what a solution that the scan would
     * reject does at run time.
     */
    public static synchronized Judge unscannedJudge() {
        if (unscanned == null) {
            Compiler compiler = new Compiler();
            unscanned = new Judge(compiler, new CompileCache(Path.of("target", "test-cache").toAbsolutePath(), compiler),
                    JudgeOptions.defaults().withoutClassScan());
        }
        return unscanned;
    }

    /** Copies problem 76 (without its submissions) into {@code problemsDir} for a test to edit. */
    public static Path copyOf76(Path problemsDir) {
        return copyOf(P76, problemsDir);
    }

    /**
     * Copies problem 76 (without its submissions) into {@code problemsDir} with its small hidden tests only: no
     * {@code 04-max.json}, whose 2.5 MB of 10^5-letter strings every submit would otherwise send through both
     * children and the checker. For tests of the command line and the judging, not of the package's tests.
     */
    public static Path small76(Path problemsDir) {
        Path copy = copyOf76(problemsDir);
        try {
            Files.delete(copy.resolve("tests/hidden/04-max.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    /** Copies a package (without its submissions) into {@code problemsDir} for a test to edit. */
    public static Path copyOf(Path pkg, Path problemsDir) {
        Path target = problemsDir.resolve(pkg.getFileName());
        try (Stream<Path> files = Files.walk(pkg)) {
            for (Path from : files.toList()) {
                Path rel = pkg.relativize(from);
                if (rel.startsWith("submissions")) {
                    continue;
                }
                Path to = target.resolve(rel.toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
