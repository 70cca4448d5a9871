package judge.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import judge.Trace;
import judge.compile.Source;
import judge.complexity.Complexity;
import judge.judging.Judge;
import judge.judging.Result;
import judge.judging.Verdict;
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

    @Parameters(index = "0", paramLabel = "PROBLEM", description = JudgeCommand.PROBLEM_HELP)
    String problem;

    @Parameters(index = "1", paramLabel = "SOURCE", description = "Your Solution.java or solution.py")
    Path source;

    @Mixin OutputOptions output;

    @Mixin LanguageOptions language;

    @Option(names = "--junit-xml", paramLabel = "FILE",
            description = "Also write the result as JUnit XML for CI: a test case per test that ran.")
    Path junitXml;

    @Option(names = "--no-complexity", description = "On a Time Limit Exceeded, skip the line that says how the"
            + " solution's time grows next to the reference's (a measurement of a few seconds).")
    boolean noComplexity;

    @Override
    public boolean json() {
        return output.json();
    }

    @Override
    public Integer call() {
        Trace.mark("command parsed");
        ReportFiles.check("--junit-xml", junitXml);
        Problem p = top.repository().find(problem);
        Source s = language.read(source);
        Trace.mark("problem and source read");
        Result result;
        Judge judge = Judge.createDefault().withSavedTests(SavedTests.defaultRoot());
        try (var busy = top.busy(output.json(), "judging " + p.id() + "...")) {
            result = judge.submit(p, s);
        }
        Trace.mark("judged");
        output.print(top, result, p);
        if (result.verdict() == Verdict.TIME_LIMIT_EXCEEDED && !noComplexity && !output.json()) {
            String growth;
            try (var busy = top.busy(false, "measuring how its time grows...")) {
                growth = Complexity.quickLine(judge, p, s);
            }
            if (growth != null) {
                top.out.println(growth);
                top.out.flush();
            }
        }
        boolean written = ReportFiles.write(junitXml, () -> JUnitXml.render(result), top.err);
        top.record(result, s);
        Sandbox.warnOnceIfMissing(top.err);
        Trace.mark("recorded");
        return written ? OutputOptions.exitCode(result) : JudgeCommand.EXIT_USAGE;
    }
}
