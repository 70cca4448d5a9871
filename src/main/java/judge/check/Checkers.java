package judge.check;

import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import judge.compile.CompileCache;
import judge.compile.CompileResult;
import judge.compile.Source;
import judge.problem.CheckerSpec;
import judge.problem.PackageException;
import judge.problem.Problem;
import judge.problem.TextFiles;

/**
 * Finds the checker a problem declares. A package's own checker ({@code checker/Name.java}) is trusted code:
 * it is compiled against the judge's classes (cached) and loaded into the judge's process.
 */
public final class Checkers {
    private Checkers() {}

    public static Checker forProblem(Problem problem, CompileCache cache) {
        Checker answers = answers(problem, cache);
        if (problem.signature().api() != null) {
            return new ApiCallLimit(answers, problem.signature().api(), problem.signature().params());
        }
        return answers;
    }

    private static Checker answers(Problem problem, CompileCache cache) {
        if (problem.checker() instanceof CheckerSpec.PackageClass custom) {
            return load(problem, custom.className(), cache);
        }
        if (problem.checker() instanceof CheckerSpec.Random random) {
            return load(problem, random.className(), cache);
        }
        if (problem.checker() instanceof CheckerSpec.Unordered) {
            return new UnorderedChecker();
        }
        if (problem.checker() instanceof CheckerSpec.Float f) {
            return new FloatChecker(f.absolute(), f.relative());
        }
        return problem.signature().isDesign() ? new CallsChecker() : new ExactChecker();
    }

    /** The package's input validator, or {@code null} when it declares none. */
    public static InputValidator validator(Problem problem, CompileCache cache) {
        return problem.validatorClass() == null ? null
                : load(problem, problem.validatorClass(), InputValidator.class, "validator", cache);
    }

    private static Checker load(Problem problem, String className, CompileCache cache) {
        return load(problem, className, Checker.class, "checker", cache);
    }

    /** Compiles (cached) and instantiates {@code checker/ClassName.java}, which must be a {@code type}. */
    private static <T> T load(Problem problem, String className, Class<T> type, String what, CompileCache cache) {
        Path file = problem.dir().resolve("checker").resolve(className + ".java");
        Source source = Source.of(file, TextFiles.readUtf8(file, file));
        Path judgeClasses = judgeClasses();
        CompileResult result = cache.compiled(source, List.of(judgeClasses));
        if (result instanceof CompileResult.Failed failed) {
            StringBuilder message = new StringBuilder(file + ": the " + what + " does not compile: " + failed.summary());
            failed.errors().forEach(e -> message.append('\n').append(e.render(file.toString())));
            throw new PackageException(message.toString());
        }
        Path classes = ((CompileResult.Compiled) result).classes();
        try {
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    Checkers.class.getClassLoader());
            Object instance = loader.loadClass(className).getDeclaredConstructor().newInstance();
            if (!type.isInstance(instance)) {
                throw new PackageException(file + ": " + className + " does not implement " + type.getName());
            }
            return type.cast(instance);
        } catch (MalformedURLException | ReflectiveOperationException | LinkageError e) {
            throw new PackageException(file + ": the " + what + " cannot be loaded: " + e);
        }
    }

    /** Where the judge's own classes are (its jar, or target/classes in a build), for compiling checkers. */
    static Path judgeClasses() {
        try {
            return Path.of(Checker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
