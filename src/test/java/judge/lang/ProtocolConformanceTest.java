package judge.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import judge.TestPackages;
import judge.compile.CompileResult;
import judge.compile.Source;
import judge.judging.Judge;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.sandbox.Answer;
import judge.sandbox.Child;
import judge.value.Value;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract of docs/protocol.md, driven through a real child of each language under this machine's sandbox:
 * every runner answers a batch in order, returns values in LeetCode's format, captures what the solution prints
 * per call, reports an exception with the solution's own frame and line, ends a flood of output as the output
 * limit, and serves a design problem.
 */
class ProtocolConformanceTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    /** One solution of 76 per language: its behaviour is chosen by {@code s}. */
    private static final Map<String, String> PLAIN = Map.of("java", """
            class Solution {
                public String minWindow(String s, String t) {
                    if (s.equals("boom")) {
                        throw new IllegalStateException("boom!");
                    }
                    if (s.equals("print")) {
                        System.out.println("hi");
                        return t;
                    }
                    if (s.equals("flood")) {
                        String x = "x".repeat(1 << 20);
                        for (int i = 0; i < 64; i++) {
                            System.out.print(x);
                        }
                    }
                    return s + t;
                }
            }
            """, "python", """
            class Solution:
                def minWindow(self, s: str, t: str) -> str:
                    if s == "boom":
                        raise ValueError("boom!")
                    if s == "print":
                        print("hi")
                        return t
                    if s == "flood":
                        x = "x" * (1 << 20)
                        for _ in range(64):
                            print(x, end="")
                    return s + t
            """, "cpp", """
            class Solution {
            public:
                string minWindow(string s, string t) {
                    if (s == "boom") {
                        throw invalid_argument("boom!");
                    }
                    if (s == "print") {
                        cout << "hi" << endl;
                        return t;
                    }
                    if (s == "flood") {
                        string x(1 << 20, 'x');
                        for (int i = 0; i < 64; i++) {
                            cout << x;
                        }
                    }
                    return s + t;
                }
            };
            """);

    /** A cache of 146 that never evicts: enough for calls within its capacity. */
    private static final Map<String, String> DESIGN = Map.of("java", """
            class LRUCache {
                private final java.util.Map<Integer, Integer> m = new java.util.HashMap<>();
                public LRUCache(int capacity) {}
                public int get(int key) { return m.getOrDefault(key, -1); }
                public void put(int key, int value) { m.put(key, value); }
            }
            """, "python", """
            class LRUCache:
                def __init__(self, capacity: int):
                    self.m = {}

                def get(self, key: int) -> int:
                    return self.m.get(key, -1)

                def put(self, key: int, value: int) -> None:
                    self.m[key] = value
            """, "cpp", """
            class LRUCache {
                unordered_map<int, int> m;
            public:
                LRUCache(int capacity) {}
                int get(int key) { return m.count(key) ? m[key] : -1; }
                void put(int key, int value) { m[key] = value; }
            };
            """);

    @TempDir Path dir;

    private static Language available(String name) {
        Language language = Languages.named(name);
        assumeTrue(language.unavailable() == null, () -> name + " cannot run here: " + language.unavailable());
        assumeTrue(Languages.refusal(language, judge.sandbox.Sandbox.current(), false) == null,
                () -> name + " needs the OS sandbox, which is not active here");
        return language;
    }

    private Child start(Language language, Problem problem, String text, String file) {
        Path classes = dir.resolve(problem.slug());
        try {
            java.nio.file.Files.createDirectories(classes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Source source = language.source(Path.of(file), text);
        CompileResult compiled = TestPackages.judge().compile(problem, source, classes);
        assertInstanceOf(CompileResult.Compiled.class, compiled, () -> compiled.toString());
        return Child.start(Judge.childSpec(language, problem, classes));
    }

    private static List<Value> args(String s, String t) {
        return List.of(new Value.Str(s), new Value.Str(t));
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "python", "cpp"})
    void aBatchIsAnsweredInOrderWithValuesStdoutAndTheSolutionsOwnFrames(String name) {
        Language language = available(name);
        String text = PLAIN.get(name);
        try (Child child = start(language, TestPackages.p76(), text, "Mine" + language.extensions().get(0))) {
            List<Answer> answers = child.callBatch(List.of(args("ab", "c"), args("print", "t"), args("boom", "x"),
                    args("still", "alive")), DEADLINE);
            assertEquals(4, answers.size(), answers::toString);
            Answer.Returned first = assertInstanceOf(Answer.Returned.class, answers.get(0));
            assertEquals("\"abc\"", first.output());
            assertEquals("", first.stdout());
            assertTrue(first.nanos() >= 0);
            Answer.Returned printed = assertInstanceOf(Answer.Returned.class, answers.get(1));
            assertEquals("\"t\"", printed.output());
            assertEquals("hi\n", printed.stdout(), "each call's stdout is its own");

            Answer.Threw threw = assertInstanceOf(Answer.Threw.class, answers.get(2));
            assertTrue(threw.exception().endsWith(Map.of("java", "IllegalStateException", "python", "ValueError",
                    "cpp", "std::invalid_argument").get(name)), threw.exception());
            assertEquals("boom!", threw.message());
            if (!name.equals("cpp")) { // C++ exceptions carry no stack frames (docs/cpp.md)
                int raiseLine = lineOf(text, "boom!");
                assertFalse(threw.frames().isEmpty());
                assertEquals(raiseLine, threw.frames().get(0).line(), threw.frames().toString());
                assertTrue(threw.frames().get(0).method().endsWith("minWindow"), threw.frames().toString());
            }

            assertEquals("\"stillalive\"", ((Answer.Returned) answers.get(3)).output(), "the child goes on after an"
                    + " exception");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "python", "cpp"})
    void printingPastTheLimitEndsTheRunAsOutputLimit(String name) {
        Language language = available(name);
        try (Child child = start(language, TestPackages.p76(), PLAIN.get(name), "Mine" + language.extensions().get(0))) {
            Answer answer = child.call(args("flood", ""), DEADLINE);
            assertInstanceOf(Answer.OutputLimit.class, answer, answer::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "python", "cpp"})
    void aDesignProblemAnswersEveryOperationsResult(String name) {
        Language language = available(name);
        Problem lru = ProblemLoader.load(TestPackages.PROBLEMS.resolve("0146-lru-cache"));
        try (Child child = start(language, lru, DESIGN.get(name), "Cache" + language.extensions().get(0))) {
            Value operations = new Value.Arr(List.of(new Value.Str("LRUCache"), new Value.Str("put"),
                    new Value.Str("get"), new Value.Str("get")));
            Value arguments = new Value.Arr(List.of(ints(2), ints(1, 1), ints(1), ints(3)));
            Answer answer = child.call(List.of(operations, arguments), DEADLINE);
            assertEquals("[null,null,1,-1]", assertInstanceOf(Answer.Returned.class, answer, answer::toString)
                    .output());
        }
    }

    private static Value ints(long... values) {
        return new Value.Arr(java.util.Arrays.stream(values).<Value>mapToObj(Value.Int::new).toList());
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
