package judge.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import judge.compile.Source;
import judge.judging.Judge;
import judge.judging.Result;
import judge.problem.Problem;
import judge.problem.SavedTests;
import judge.sandbox.Sandbox;
import picocli.CommandLine.Command;
import judge.report.JUnitXml;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "submit", description = "Judge a solution against every test of a problem, stopping at the first"
        + " failure, like LeetCode's Submit.")
final class SubmitCommand implements Callable<Integer>, JudgeCommand.Reporting {
    @ParentCommand JudgeCommand top;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "76, 0076 or minimum-window-substring")
    String problem;

    @Parameters(index = "1", paramLabel = "SOURCE", description = "Your Solution.java or solution.py")
    Path source;

    @Mixin OutputOptions output;

    @Mixin LanguageOptions language;

    @Option(names = "--junit-xml", paramLabel = "FILE",
            description = "Also write the result as JUnit XML for CI: a test case per test that ran.")
    Path junitXml;

    @Override
    public boolean json() {
        return output.json();
    }

    @Override
    public Integer call() {
        judge.Trace.mark("command parsed");
        ReportFiles.check("--junit-xml", junitXml);
        Problem p = top.repository().find(problem);
        Source s = language.read(source);
        judge.Trace.mark("problem and source read");
        Result result;
        try (var busy = top.busy(output.json(), "judging " + p.id() + "...")) {
            result = Judge.createDefault().withSavedTests(SavedTests.defaultRoot()).submit(p, s);
        }
        judge.Trace.mark("judged");
        output.print(top, result, p);
        boolean written = ReportFiles.write(junitXml, () -> JUnitXml.render(result), top.err);
        top.record(result, s);
        Sandbox.warnOnceIfMissing(top.err);
        judge.Trace.mark("recorded");
        return written ? OutputOptions.exitCode(result) : JudgeCommand.EXIT_USAGE;
    }
}
