package judge.compile;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import judge.problem.Signature;
import judge.sandbox.Leftovers;
import judge.sandbox.RuntimeFiles;

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
     * checked when given ({@code null} compiles trusted package code such as a reference or a checker). A compile
     * of the same source begun by {@link #beginEarly} is taken over rather than started again.
     */
    public CompileResult compile(Source source, Signature signature, Path outDir, List<Path> classPath) {
        // Only a user's source (one with a signature to check) is compiled early: the package's own code
        // (reference, checker) may compile meanwhile and must leave the early compile alone.
        Early early = signature == null ? null : takeEarly(source, classPath);
        if (early != null) {
            early.signature().complete(signature);
            CompileResult result = await(early.result(), early.thread(), timeLimit);
            try {
                if (result instanceof CompileResult.Compiled) {
                    moveTree(early.outDir(), outDir);
                    return new CompileResult.Compiled(outDir);
                }
                return result;
            } finally {
                RuntimeFiles.deleteTree(early.outDir());
            }
        }
        CompletableFuture<CompileResult> result = new CompletableFuture<>();
        Thread thread = start(source, CompletableFuture.completedFuture(signature), outDir, classPath, result);
        // The limit is for a user's source; the package's own code is trusted, and at a load of 30 a reference
        // took over 30 s to compile (verify then failed the package for the machine's sake).
        Duration limit = signature == null && TRUSTED_TIME_LIMIT.compareTo(timeLimit) > 0 ? TRUSTED_TIME_LIMIT
                : timeLimit;
        return await(result, thread, limit);
    }

    /** javac on its own thread (see the class comment), completing {@code result}. */
    private Thread start(Source source, CompletableFuture<Signature> signature, Path outDir, List<Path> classPath,
            CompletableFuture<CompileResult> result) {
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
        return thread;
    }

    /** How long the package's own code (a reference, a checker: no signature) may take to compile. */
    static final Duration TRUSTED_TIME_LIMIT = Duration.ofMinutes(10);

    /** Waits for {@code result} within {@code limit}, from now. */
    private CompileResult await(CompletableFuture<CompileResult> result, Thread thread, Duration limit) {
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            long ms = limit.toMillis();
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

    private CompileResult compileNow(Source source, CompletableFuture<Signature> signatureLater, Path outDir,
            List<Path> classPath) {
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
            // An early compile waits here for the problem (see beginEarly); a cancelled one ends here.
            Signature signature = signatureLater.join();
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

    /**
     * A compile begun before the judge knew the problem: javac parses and analyses the source while the judge
     * parses its command line and reads the package, then waits for the problem's signature ({@link #compile}
     * completes it).
     */
    private record Early(Source source, List<Path> classPath, int release, Path outDir,
            CompletableFuture<Signature> signature, CompletableFuture<CompileResult> result, Thread thread) {}

    /** How many early compiles were taken over (for the tests: the result alone cannot tell). */
    static final java.util.concurrent.atomic.AtomicInteger ADOPTED = new java.util.concurrent.atomic.AtomicInteger();

    /** The early compile, set at once by {@link #beginEarly} and ready a few milliseconds later; at most one. */
    private static final AtomicReference<CompletableFuture<Early>> EARLY = new AtomicReference<>();

    /**
     * Starts compiling the Java file {@code file} now, before the command line is parsed and the problem read: on
     * a cold judge javac is the longest step before the first test, and the machine's other core is idle until
     * then. The compile that {@link #compile} later asks for takes this one over when the source read then is
     * the same; otherwise this one is cancelled. Any failure here is left for that later read to report.
     */
    public static void beginEarly(Path file) {
        CompletableFuture<Early> early = new CompletableFuture<>();
        if (!EARLY.compareAndSet(null, early)) {
            return;
        }
        Thread thread = new Thread(() -> {
            Path out = null;
            try {
                Source source = Source.read(file);
                List<Path> classPath = List.of(RuntimeFiles.get().api());
                Compiler compiler = new Compiler();
                out = Leftovers.tempFolder("judge-classes-");
                CompletableFuture<Signature> signature = new CompletableFuture<>();
                CompletableFuture<CompileResult> result = new CompletableFuture<>();
                Thread javacThread = compiler.start(source, signature, out, classPath, result);
                early.complete(new Early(source, classPath, compiler.release, out, signature, result, javacThread));
            } catch (RuntimeException | IOException e) {
                if (out != null) {
                    RuntimeFiles.deleteTree(out);
                }
                early.complete(null);
            }
        }, "javac-early");
        thread.setDaemon(true);
        thread.start();
    }

    /** The early compile if it compiles {@code source} as this compiler would; else cancels it. */
    private Early takeEarly(Source source, List<Path> classPath) {
        CompletableFuture<Early> pending = EARLY.getAndSet(null);
        if (pending == null) {
            return null;
        }
        Early early = pending.join();
        if (early == null) {
            return null;
        }
        if (early.source().equals(source) && early.classPath().equals(classPath) && early.release() == release) {
            ADOPTED.incrementAndGet();
            return early;
        }
        early.signature().cancel(false);
        early.result().whenComplete((r, e) -> RuntimeFiles.deleteTree(early.outDir()));
        return null;
    }

    /** Moves the files under {@code from} to the same places under {@code to}. */
    private static void moveTree(Path from, Path to) {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.move(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
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
