package judge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import judge.compile.CompileCache;
import judge.judging.Judge;
import judge.problem.ProblemRepository;
import judge.report.JsonReport;
import judge.verify.Verifier;
import judge.verify.mutation.MutationReport;
import judge.verify.mutation.MutationTesting;
import judge.verify.mutation.PackageScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "verify", description = "Check problem packages: format, statements, examples, constraints and"
        + " bounds of the tests, the verdict of every known submission, time-limit margins, the property.")
final class VerifyCommand implements Callable<Integer>, JudgeCommand.Reporting {
    @ParentCommand JudgeCommand top;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROBLEM", description = JudgeCommand.PROBLEM_HELP)
    String problem;

    @Option(names = "--all", description = "Every package in the problems folder.")
    boolean all;

    @Option(names = "--mutants", description = "Measure the tests' strength instead: the mutation score of the"
            + " reference (docs/test-strength.md).")
    boolean mutants;

    @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "90",
            description = "With --mutants: the lowest score that passes (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--jobs", paramLabel = "N", description = "Known submissions (with --mutants: mutants) judged"
            + " at once (default: ${DEFAULT-VALUE}, the number of processors).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Mixin OutputOptions output;

    @Override
    public boolean json() {
        return output.json();
    }

    @Override
    public Integer call() throws Exception {
        if (all == (problem != null)) {
            throw new JudgeCommand.UsageException("give a PROBLEM or --all (one of them)");
        }
        ProblemRepository repo = top.repository();
        List<Path> dirs = all ? repo.packages() : List.of(repo.find(problem).dir());
        if (jobs < 1 || threshold < 0 || threshold > 100) {
            throw new JudgeCommand.UsageException("--jobs: at least 1; --threshold: a percentage from 0 to 100");
        }
        if (mutants) {
            return mutants(dirs);
        }
        Verifier verifier = new Verifier(Judge.createDefault(), jobs);
        ObjectMapper mapper = judge.report.JsonOutput.pretty();
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", JsonReport.SCHEMA_VERSION);
        ArrayNode problems = root.putArray("problems");
        boolean ok = true;
        StringBuilder text = new StringBuilder();
        for (Path dir : dirs) {
            List<Verifier.Check> checks = verifier.verify(dir);
            ObjectNode p = problems.addObject();
            p.put("problem", dir.getFileName().toString());
            ArrayNode list = p.putArray("checks");
            int[] counts = new int[3];
            text.append(dir.getFileName()).append('\n');
            int width = checks.stream().mapToInt(c -> c.name().length()).max().orElse(10);
            for (Verifier.Check c : checks) {
                counts[c.status().ordinal()]++;
                ObjectNode node = list.addObject();
                node.put("check", c.name());
                node.put("status", c.status().name());
                node.put("detail", c.detail());
                text.append(String.format("  %-4s  %-" + width + "s  %s%n", c.status(), c.name(),
                        c.detail().replace("\n", "\n        ")));
            }
            p.put("passed", counts[2] == 0);
            ok &= counts[2] == 0;
            text.append(String.format("  %d checks: %d passed, %d warnings, %d failed%n%n", checks.size(), counts[0],
                    counts[1], counts[2]));
        }
        root.put("passed", ok);
        top.out.print(output.json() ? mapper.writeValueAsString(root) + "\n" : text);
        top.out.flush();
        return ok ? JudgeCommand.EXIT_ACCEPTED : JudgeCommand.EXIT_REJECTED;
    }

    private int mutants(List<Path> dirs) throws Exception {
        double fraction = threshold / 100;
        MutationTesting testing = new MutationTesting(Judge.createDefault(), jobs, CompileCache.defaultRoot());
        List<PackageScore> scores = new ArrayList<>();
        for (Path dir : dirs) {
            PackageScore score = testing.score(dir);
            scores.add(score);
            if (!output.json()) {
                top.out.print(MutationReport.text(score, fraction));
                top.out.flush();
            }
        }
        if (output.json()) {
            top.out.print(MutationReport.json(scores, fraction, JsonReport.SCHEMA_VERSION,
                    judge.report.JsonOutput.pretty()));
            top.out.flush();
        }
        return scores.stream().allMatch(s -> s.passes(fraction)) ? JudgeCommand.EXIT_ACCEPTED
                : JudgeCommand.EXIT_REJECTED;
    }
}
