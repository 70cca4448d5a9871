package judge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code --help} and {@code -h} on every command, and what a mistyped command line is told. */
class HelpTest {
    /** Every command and subcommand, as the words that name it ("history show"), found in the command tree. */
    static Stream<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        collect(JudgeCommand.commandLine(new JudgeCommand()), new ArrayList<>(), all);
        return all.stream();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> all) {
        all.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandName().equals(name)) { // aliases once
                List<String> longer = new ArrayList<>(path);
                longer.add(name);
                collect(sub, longer, all);
            }
        });
    }

    static CommandLine.Model.CommandSpec spec(List<String> path) {
        CommandLine c = JudgeCommand.commandLine(new JudgeCommand());
        for (String name : path) {
            c = c.getSubcommands().get(name);
        }
        return c.getCommandSpec();
    }

    @Test
    void theTreeHoldsEveryCommand() {
        List<String> names = commands().map(p -> String.join(" ", p)).toList();
        assertTrue(names.containsAll(List.of("", "submit", "grade", "history", "history show", "help")), names.toString());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpAndHExitZeroAndPrintEveryOption(List<String> path) {
        for (String flag : List.of("--help", "-h")) {
            List<String> args = new ArrayList<>(path);
            args.add(flag);
            CliTest.Run r = CliTest.judge(args.toArray(String[]::new));
            assertEquals(0, r.exit(), args + ": " + r.err());
            assertEquals("", r.err(), args.toString());
            assertTrue(r.out().contains("Usage: judge" + (path.isEmpty() ? "" : " " + String.join(" ", path))),
                    args + ":\n" + r.out());
            for (CommandLine.Model.OptionSpec option : spec(path).options()) {
                assertTrue(r.out().contains(option.longestName()), args + " does not show " + option.longestName()
                        + ":\n" + r.out());
            }
        }
    }

    @Test
    void aMistypedCommandGetsTheCommandItMeant() {
        CliTest.Run r = CliTest.judge("sumbit", "76", "Solution.java");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Did you mean submit"), r.err()); // first of picocli's suggestions
        assertTrue(r.err().contains("Try 'judge --help'."), r.err());
    }

    @Test
    void aUsageErrorInASubSubcommandPointsAtItsOwnHelp() {
        CliTest.Run r = CliTest.judge("history", "show", "abc");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Try 'judge history show --help'."), r.err());
        CliTest.Run s = CliTest.judge("submit", "76");
        assertTrue(s.err().contains("Try 'judge submit --help'."), s.err());
    }

    @Test
    void aNamedCommandBuildsOnlyItsOwnBranchAndEverythingElseTheWholeTree() {
        JudgeCommand top = new JudgeCommand();
        int all = JudgeCommand.SUBCOMMANDS.size();
        assertEquals(List.of("submit"), List.copyOf(JudgeCommand.commandLine(top, new String[] {"submit", "76", "S.java"})
                .getSubcommands().keySet()));
        assertEquals(List.of("history"), List.copyOf(JudgeCommand.commandLine(top,
                new String[] {"--problems", "run", "--color", "never", "--debug", "history", "show"}).getSubcommands().keySet()),
                "a root option's value is not a command");
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"sumbit"},
                new String[] {"help", "submit"}, new String[] {"completion"}, new String[] {"--", "submit"},
                new String[] {"--problems", "submit"})) {
            assertEquals(all, JudgeCommand.commandLine(top, args).getSubcommands().size(), List.of(args).toString());
        }
        // The same command line parses the same either way.
        CliTest.Run r = CliTest.judge("--color", "never", "list", "--difficulty", "Hard");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Minimum Window Substring"), r.out());
        CliTest.Run h = CliTest.judge("help", "submit");
        assertEquals(0, h.exit(), h.err());
        assertTrue(h.out().contains("Usage: judge submit"), h.out());
    }
}
