package judge.cli;

import judge.judging.Result;
import judge.problem.Problem;
import judge.report.JsonReport;
import judge.report.TextReport;
import picocli.CommandLine.Option;

/** {@code --format}: how a command prints its result. */
public final class OutputOptions {
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: one JSON object on stdout and nothing else.")
    Format format;

    boolean json() {
        return format == Format.json;
    }

    void print(JudgeCommand top, Result result, Problem problem) {
        if (json()) {
            top.out.println(JsonReport.render(result));
        } else {
            top.out.print(top.style().firstLine(result.verdict().code(), TextReport.render(result, problem.signature())));
        }
        top.out.flush();
    }

    static int exitCode(Result result) {
        return result.verdict().isAccepted() ? JudgeCommand.EXIT_ACCEPTED : JudgeCommand.EXIT_REJECTED;
    }
}
