package judge.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** docs/cli.md documents every command and every one of its options and parameters: a new one cannot be missed. */
class CliDocsTest {
    static java.util.stream.Stream<List<String>> commands() {
        return HelpTest.commands();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyOptionOfTheCommandIsInItsSectionOfTheDocs(List<String> path) throws Exception {
        String docs = Files.readString(Path.of("docs", "cli.md"));
        String name = "judge" + (path.isEmpty() ? "" : " " + String.join(" ", path));
        String heading = "\n### `" + name + "`\n";
        int start = docs.indexOf(heading);
        assertTrue(start >= 0, "docs/cli.md has no section " + heading.strip());
        int end = docs.indexOf("\n### ", start + heading.length());
        String section = docs.substring(start, end < 0 ? docs.length() : end);
        CommandLine.Model.CommandSpec spec = HelpTest.spec(path);
        for (CommandLine.Model.OptionSpec option : spec.options()) {
            for (String optionName : option.names()) {
                assertTrue(section.contains("`" + optionName) || section.contains(", " + optionName),
                        heading.strip() + " in docs/cli.md does not document " + optionName);
            }
        }
        for (CommandLine.Model.PositionalParamSpec p : spec.positionalParameters()) {
            assertTrue(section.contains("`" + p.paramLabel() + "`"), heading.strip() + " does not document "
                    + p.paramLabel());
        }
    }
}
