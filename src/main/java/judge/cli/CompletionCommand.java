package judge.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Spec;

@Command(name = "completion", description = "Print a completion script for bash and zsh: source <(./judge completion)"
        + " now, or add that line to ~/.bashrc or ~/.zshrc. It completes commands, options, option values"
        + " (--format, --color, --difficulty, --tag...) and problem ids and names.")
final class CompletionCommand implements Callable<Integer> {
    private static final Pattern PACKAGE = Pattern.compile("0*(\\d+)-(.+)");

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        JudgeCommand top = (JudgeCommand) spec.root().userObject();
        List<String> problems = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        for (Path dir : top.repository().packages()) {
            Matcher m = PACKAGE.matcher(dir.getFileName().toString());
            if (m.matches()) {
                problems.add(m.group(1));
                names.add(m.group(2));
            }
        }
        problems.addAll(names);
        TreeSet<String> tags = new TreeSet<>();
        for (Path dir : top.repository().packages()) {
            try {
                tags.addAll(judge.problem.ProblemLoader.load(dir).tags());
            } catch (RuntimeException e) {
                // a broken package has no tags to offer; judge verify says what is wrong with it
            }
        }
        List<String> plans = judge.plan.Plans.files(PlanCommand.folder(top)).stream()
                .map(f -> f.getFileName().toString().replaceFirst("\\.json$", "")).toList();
        Map<String, List<String>> values = Map.of("--difficulty", List.of("easy", "medium", "hard"),
                "--status", List.of("solved", "attempted", "untouched"), "--tag", List.copyOf(tags), "--plan", plans);
        CommandLine root = spec.root().commandLine();
        offer(root, problems, values);
        top.out.print(AutoComplete.bash("judge", root));
        top.out.flush();
        return JudgeCommand.EXIT_ACCEPTED;
    }

    /** Gives every PROBLEM parameter the problems, and the options in {@code values} their values, as candidates. */
    private static void offer(CommandLine command, List<String> problems, Map<String, List<String>> values) {
        CommandSpec s = command.getCommandSpec();
        for (PositionalParamSpec p : List.copyOf(s.positionalParameters())) {
            if ("PROBLEM".equals(p.paramLabel())) {
                replace(s, p, PositionalParamSpec.builder(p).completionCandidates(problems).build());
            }
        }
        for (OptionSpec o : List.copyOf(s.options())) {
            List<String> candidates = values.get(o.longestName());
            if (candidates != null) {
                replace(s, o, OptionSpec.builder(o).completionCandidates(candidates).build());
            }
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            offer(sub, problems, values);
        }
    }

    private static void replace(CommandSpec s, ArgSpec old, ArgSpec updated) {
        s.remove(old);
        if (updated instanceof OptionSpec o) {
            s.addOption(o);
        } else {
            s.addPositional((PositionalParamSpec) updated);
        }
    }
}
