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
        assertTrue(r.err().contains("Did you mean submit?"), r.err());
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
}
