package judge.compile;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import judge.problem.Signature;

/**
 * Compiles one source in the judge's process with {@code javax.tools}, annotation processing off, then checks
 * that it declares the problem's class and method ({@link SignatureCheck}) before anything runs.
 *
 * <p>javac runs on a thread with a large stack, so that absurdly nested code makes a compile error rather than
 * crash the judge, and under a time limit. Whatever javac throws on a source (a stack overflow, running out of
 * memory, one of its own bugs) is that source's Compile Error, never a failure of the judge.
 */
public final class Compiler {
    /**
     * The Java level LeetCode compiles and runs solutions at. The judge compiles at this level whenever it runs
     * on a JDK this new or newer (the launcher looks for the newest JDK installed), else at its JDK's own level.
     */
    public static final int LEETCODE_JAVA = 21;

    private static final int MAX_ERRORS = 20;
    private static final long COMPILER_STACK_BYTES = 256L << 20;

    private final JavaCompiler javac;
    private final Duration timeLimit;
    private final int release;

    public Compiler(Duration timeLimit) {
        this(ToolProvider.getSystemJavaCompiler(), timeLimit, defaultRelease());
    }

    Compiler(JavaCompiler javac, Duration timeLimit) {
        this(javac, timeLimit, defaultRelease());
    }

    /** A compiler targeting {@code release} ({@code --release}), which the running JDK must support. */
    Compiler(JavaCompiler javac, Duration timeLimit, int release) {
        if (javac == null) {
            throw new IllegalStateException("this Java runtime has no compiler (javax.tools); run the judge on a JDK");
        }
        this.javac = javac;
        this.timeLimit = timeLimit;
        this.release = release;
    }

    /**
     * The level solutions compile at on this JDK: LeetCode's, or this JDK's own when it is older. Solutions run in
     * a child JVM of the same JDK ({@code java.home}), so what compiles here also runs there.
     */
    public static int defaultRelease() {
        return Math.min(LEETCODE_JAVA, Runtime.version().feature());
    }

    /** The {@code --release} this compiler compiles solutions at. */
    public int release() {
        return release;
    }

    public Compiler() {
        this(Duration.ofSeconds(30));
    }

    /**
     * Compiles {@code source} into {@code outDir} against the classes in {@code classPath}; a signature is
     * checked when given ({@code null} compiles trusted package code such as a reference or a checker).
     */
    public CompileResult compile(Source source, Signature signature, Path outDir, List<Path> classPath) {
        CompletableFuture<CompileResult> result = new CompletableFuture<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.complete(compileNow(source, signature, outDir, classPath));
            } catch (StackOverflowError e) {
                result.complete(new CompileResult.Failed("the compiler ran out of stack on this source"
                        + " (nesting too deep)", List.of()));
            } catch (UncheckedIOException e) {
                // The judge's own folders, not the source: a failure of the judge.
                result.completeExceptionally(e);
            } catch (Throwable e) {
                result.complete(new CompileResult.Failed("the compiler failed on this source: " + e, List.of()));
            }
        }, "javac", COMPILER_STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            return result.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            long ms = timeLimit.toMillis();
            return new CompileResult.Failed("compiling took longer than "
                    + (ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms"), List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("the compiler failed: " + cause, cause);
        }
    }

    private CompileResult compileNow(Source source, Signature signature, Path outDir, List<Path> classPath) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            Files.createDirectories(outDir);
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(outDir.toFile()));
            files.setLocation(StandardLocation.CLASS_PATH, classPath.stream().map(Path::toFile).toList());
            List<String> options = List.of("--release", String.valueOf(release), "-proc:none", "-g", "-encoding",
                    "UTF-8", "-nowarn", "-Xlint:none", "-implicit:none", "-Xmaxerrs", String.valueOf(MAX_ERRORS));
            JavacTask task = (JavacTask) javac.getTask(null, files, diagnostics, options, null,
                    List.of(new InMemorySource(source)));
            Iterable<? extends CompilationUnitTree> units = task.parse();
            task.analyze();
            List<CompileError> errors = NewerJava.explain(errors(source, diagnostics), release);
            if (!errors.isEmpty()) {
                return new CompileResult.Failed(errors.size() == 1 ? "1 error" : errors.size() + " errors", errors);
            }
            if (signature != null) {
                String problem = SignatureCheck.check(task, units, signature);
                if (problem != null) {
                    return new CompileResult.Failed(problem, List.of());
                }
            }
            task.generate();
            errors = errors(source, diagnostics);
            if (!errors.isEmpty()) {
                return new CompileResult.Failed(errors.size() + " errors", errors);
            }
            return new CompileResult.Compiled(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CompileError> errors(Source source, DiagnosticCollector<JavaFileObject> diagnostics) {
        List<CompileError> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            long line = Math.max(0, d.getLineNumber());
            long column = Math.max(0, d.getColumnNumber());
            if (line == 1 && column > source.prefixLength()) {
                column -= source.prefixLength();
            }
            errors.add(new CompileError(line, column, d.getMessage(Locale.ENGLISH), source.line(line)));
        }
        return errors;
    }

    /** The normalised source, named after its public class so that javac accepts {@code public class X}. */
    private static final class InMemorySource extends SimpleJavaFileObject {
        private final String code;

        InMemorySource(Source source) {
            super(URI.create("string:///" + source.unitName() + ".java"), Kind.SOURCE);
            this.code = source.compiled();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
