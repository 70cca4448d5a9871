package judge.property;

import judge.sandbox.Leftovers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import judge.check.Checker;
import judge.compile.CompileResult;
import judge.compile.Source;
import judge.judging.Judge;
import judge.judging.JudgeException;
import judge.lang.Languages;
import judge.problem.Problem;
import judge.sandbox.RuntimeFiles;

/** {@code judge fuzz}: compiles a source, runs the problem's property on it, and cleans up after itself. */
public final class PropertyRun {
    private PropertyRun() {}

    public static FuzzResult fuzz(Judge judge, Problem problem, Source source, FuzzConfig config,
            LongConsumer progress) {
        Path classes = null;
        try {
            classes = Leftovers.tempFolder("judge-fuzz-");
            CompileResult compiled = judge.compile(problem, source, classes, true);
            if (compiled instanceof CompileResult.Failed failed) {
                return error(config, "the source does not compile: " + failed.summary(), failed);
            }
            Checker checker = judge.checker(problem);
            Path referenceClasses = judge.referenceClasses(problem);
            try (Fuzzer fuzzer = new Fuzzer(problem, checker, judge.validator(problem),
                    Judge.childSpec(Languages.of(source), problem, classes),
                    Judge.childSpec(problem, referenceClasses), judge.sandbox(),
                    source.path().getFileName().toString(), null, null)) {
                return fuzzer.run(config, progress);
            }
        } catch (JudgeException e) {
            return error(config, e.getMessage(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            RuntimeFiles.deleteTree(classes);
        }
    }

    private static FuzzResult error(FuzzConfig config, String message, CompileResult.Failed failed) {
        return new FuzzResult(FuzzResult.Status.ERROR, config.seed(), 0, 0, 0, 0, false, null, 0, null, 0, message,
                failed == null ? List.of() : failed.errors());
    }
}
