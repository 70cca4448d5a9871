package judge.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import judge.value.Value;

/**
 * Tests kept from fuzzing: a counterexample saved as a regression test, in the same format as a package's
 * tests. A user's own go to {@code .judge/tests/0076/} (in the working folder, or under
 * {@code $JUDGE_USER_TESTS}), which {@code run} and {@code submit} then include; a problem author's go
 * into the package, {@code tests/hidden/90-fuzz.json}. Files are written whole, to a temporary name first,
 * so that a crash never leaves half a test file.
 */
public final class SavedTests {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SavedTests() {}

    /**
     * Where a user's saved tests of every problem live: {@code $JUDGE_USER_TESTS} (or the system property
     * {@code judge.userTests}), else {@code .judge/tests} in the working folder.
     */
    public static Path defaultRoot() {
        String env = System.getProperty("judge.userTests", System.getenv("JUDGE_USER_TESTS"));
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(".judge", "tests");
    }

    public static Path userDir(Path root, Problem problem) {
        return root.resolve(String.format("%04d", problem.id()));
    }

    /** The user's saved tests of {@code problem}; none when the folder does not exist. */
    public static List<TestCase> load(Path root, Problem problem) {
        if (root == null) {
            return List.of();
        }
        List<TestCase> tests = new ArrayList<>();
        for (Path file : ProblemLoader.jsonFiles(userDir(root, problem))) {
            tests.addAll(ProblemLoader.readTests(problem, file));
        }
        return tests;
    }

    /** Saves one test as its own file in the user's folder; returns the file. */
    public static Path saveForUser(Path root, Problem problem, String name, List<Value> input, Value expected)
            throws IOException {
        Path dir = userDir(root, problem);
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".json");
        ArrayNode tests = JsonNodeFactory.instance.arrayNode();
        tests.add(test(problem, name, input, expected));
        writeAtomically(file, tests);
        return file;
    }

    /** Appends one test to the package's {@code tests/hidden/90-fuzz.json}; returns the file. */
    public static Path saveToProblem(Problem problem, String name, List<Value> input, Value expected)
            throws IOException {
        Path file = problem.dir().resolve("tests").resolve("hidden").resolve("90-fuzz.json");
        ArrayNode tests = JsonNodeFactory.instance.arrayNode();
        if (Files.exists(file)) {
            ProblemLoader.readTests(problem, file); // refuse to append to a file that is not valid
            for (JsonNode old : MAPPER.readTree(file.toFile())) {
                tests.add(old);
            }
        }
        tests.add(test(problem, name, input, expected));
        writeAtomically(file, tests);
        return file;
    }

    private static ObjectNode test(Problem problem, String name, List<Value> input, Value expected) {
        ObjectNode test = JsonNodeFactory.instance.objectNode();
        test.put("name", name);
        ObjectNode args = test.putObject("input");
        List<Param> params = problem.signature().params();
        for (int i = 0; i < params.size(); i++) {
            args.set(params.get(i).name(), json(input.get(i)));
        }
        test.set("expected", json(expected));
        return test;
    }

    static JsonNode json(Value v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v instanceof Value.Str s) {
            return f.textNode(s.value());
        } else if (v instanceof Value.Int i) {
            return f.numberNode(i.value());
        } else if (v instanceof Value.Dbl d) {
            return f.numberNode(d.value());
        } else if (v instanceof Value.Bool b) {
            return f.booleanNode(b.value());
        } else if (v instanceof Value.Arr a) {
            ArrayNode array = f.arrayNode();
            a.items().forEach(item -> array.add(json(item)));
            return array;
        }
        return f.nullNode();
    }

    private static void writeAtomically(Path file, ArrayNode tests) throws IOException {
        StringBuilder text = new StringBuilder("[\n");
        for (int i = 0; i < tests.size(); i++) {
            text.append(MAPPER.writeValueAsString(tests.get(i))).append(i + 1 < tests.size() ? ",\n" : "\n");
        }
        text.append("]\n");
        TextFiles.writeAtomically(file, text.toString());
    }
}
