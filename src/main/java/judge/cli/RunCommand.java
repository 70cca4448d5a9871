package judge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import judge.compile.Source;
import judge.judging.Judge;
import judge.judging.Result;
import judge.problem.CustomInput;
import judge.problem.Problem;
import judge.problem.SavedTests;
import judge.sandbox.Sandbox;
import judge.problem.ProblemLoader;
import judge.problem.TestCase;
import judge.problem.TextFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "run", description = "Run a solution on the statement's examples, or on your own input, like"
        + " LeetCode's Run. Expected answers for your own input come from the reference solution.")
final class RunCommand implements Callable<Integer>, JudgeCommand.Reporting {
    private static final long MAX_INPUT_BYTES = 64L << 20;

    @ParentCommand JudgeCommand top;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = JudgeCommand.PROBLEM_HELP)
    String problem;

    @Parameters(index = "1", paramLabel = "SOURCE", description = "Your Solution.java or solution.py")
    Path source;

    @Option(names = "--input", paramLabel = "FILE",
            description = "Custom input in LeetCode's format: one value per line, one parameter after another;"
                    + " several cases follow each other.")
    Path input;

    @Option(names = "--case", paramLabel = "VALUES",
            description = "One custom case, its values separated by spaces or new lines, e.g."
                    + " --case '\"ADOBECODEBANC\" \"ABC\"'. Repeat for more cases.")
    List<String> cases;

    @Mixin OutputOptions output;

    @Mixin LanguageOptions language;

    @Override
    public boolean json() {
        return output.json();
    }

    /**
     * A {@code --case} holds exactly one value per parameter: one too many or too few is said so, with the
     * parameters it takes (malformed values are left to {@link CustomInput}, which says where).
     */
    private static void checkCount(Problem p, String text, int number) {
        int found;
        try {
            found = judge.value.ValueFormat.parseLocated(text).size();
        } catch (judge.value.ValueFormatException e) {
            return;
        }
        List<judge.problem.Param> params = p.signature().params();
        int n = params.size();
        if (found == 0 || found % n == 0) {
            return; // nothing, one case, or several (which the caller says to split)
        }
        String names = String.join(", ", params.stream().map(judge.problem.Param::name).toList());
        int off = found > n ? found - found / n * n : n - found;
        String what = off == 1 ? "one value too " + (found > n ? "many" : "few")
                : off + " values too " + (found > n ? "many" : "few");
        throw new JudgeCommand.UsageException("--case " + number + ": " + what + ": found " + found + (found == 1 ? " value" : " values") + ", but "
                + p.id() + " takes " + n + " (" + names + ")");
    }

    @Override
    public Integer call() {
        Problem p = top.repository().find(problem);
        Source s = language.read(source);
        List<TestCase> custom = null;
        if (input != null || cases != null) {
            custom = new ArrayList<>();
            if (input != null) {
                Path shown = ProblemLoader.shown(input);
                custom.addAll(CustomInput.parse(p, TextFiles.readUtf8(input, shown, MAX_INPUT_BYTES),
                        shown.toString()));
            }
            if (cases != null) {
                for (int i = 0; i < cases.size(); i++) {
                    checkCount(p, cases.get(i), i + 1);
                    List<TestCase> one = CustomInput.parse(p, cases.get(i), "--case " + (i + 1));
                    if (one.size() != 1) {
                        throw new JudgeCommand.UsageException("--case " + (i + 1) + ": holds " + one.size()
                                + " cases; give one case per --case, or use --input FILE");
                    }
                    custom.addAll(one);
                }
            }
            List<TestCase> renamed = new ArrayList<>();
            for (int i = 0; i < custom.size(); i++) {
                TestCase c = custom.get(i);
                renamed.add(new TestCase("case-" + (i + 1), c.input(), null, c.origin()));
            }
            custom = renamed;
        }
        Result result;
        try (var busy = top.busy(output.json(), "running " + p.id() + "...")) {
            result = Judge.createDefault().withSavedTests(SavedTests.defaultRoot()).run(p, s, custom);
        }
        output.print(top, result, p);
        top.record(result, s);
        Sandbox.warnOnceIfMissing(top.err);
        return OutputOptions.exitCode(result);
    }
}
