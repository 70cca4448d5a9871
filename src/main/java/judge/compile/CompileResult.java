package judge.compile;

import java.nio.file.Path;
import java.util.List;

/** What compiling a solution gave: its class folder, or the errors that stopped it. */
public sealed interface CompileResult permits CompileResult.Compiled, CompileResult.Failed {

    record Compiled(Path classes) implements CompileResult {}

    /** {@code summary} is one line for a report's headline; {@code errors} may be empty (signature problems). */
    record Failed(String summary, List<CompileError> errors) implements CompileResult {
        public Failed {
            errors = List.copyOf(errors);
        }
    }
}
