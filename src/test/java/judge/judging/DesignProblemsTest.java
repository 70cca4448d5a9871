package judge.judging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import judge.TestPackages;
import judge.compile.Source;
import judge.problem.CustomInput;
import judge.problem.PackageException;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.property.FuzzConfig;
import judge.property.FuzzResult;
import judge.property.PropertyRun;
import judge.value.Value;
import judge.value.ValueFormat;
import org.junit.jupiter.api.Test;

/**
 * Design problems end to end, on 146 LRU Cache: the user's class is built and called operation by operation
 * in the child, its answers come back as one list, and a class that does not fit is a clear Compile Error.
 */
class DesignProblemsTest {
    private static final Problem LRU = ProblemLoader.load(TestPackages.PROBLEMS.resolve("0146-lru-cache"));

    private static final String CORRECT = """
            class LRUCache {
                private final int capacity;
                private final LinkedHashMap<Integer, Integer> map = new LinkedHashMap<>(16, 0.75f, true);
                public LRUCache(int capacity) { this.capacity = capacity; }
                public int get(int key) { return map.getOrDefault(key, -1); }
                public void put(int key, int value) {
                    map.put(key, value);
                    if (map.size() > capacity) map.remove(map.keySet().iterator().next());
                }
            }
            """;

    private static Source source(String text) {
        return Source.of(Path.of("LRUCache.java"), text);
    }

    private static Result run(String text, String cases) {
        return TestPackages.judge().run(LRU, source(text), CustomInput.parse(LRU, cases, "--case 1"));
    }

    @Test
    void theClassIsCalledOperationByOperationAndAnswersOneEntryPerOperation() {
        Result r = TestPackages.judge().run(LRU, source(CORRECT), null);
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> r.compileErrors() + " " + r.failure());
        assertEquals("[null,null,null,1,null,-1,null,-1,3,4]", r.tests().get(0).output());
        assertEquals(List.of("[\"LRUCache\",\"put\",\"put\",\"get\",\"put\",\"get\",\"put\",\"get\",\"get\",\"get\"]",
                "[[2],[1,1],[2,2],[1],[3,3],[2],[4,4],[1],[3],[4]]"), r.tests().get(0).input());
    }

    @Test
    void eachTestGetsItsOwnObject() {
        // The first case fills the cache; the second must start from an empty one.
        Result r = run(CORRECT, """
                ["LRUCache","put","get"] [[1],[5,50],[5]]
                ["LRUCache","get"] [[1],[5]]
                """);
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> String.valueOf(r.failure()));
        assertEquals("[null,null,50]", r.tests().get(0).output());
        assertEquals("[null,-1]", r.tests().get(1).output());
    }

    @Test
    void aWrongEntryIsAWrongAnswerShowingBothLists() {
        String noRefresh = CORRECT.replace("new LinkedHashMap<>(16, 0.75f, true)", "new LinkedHashMap<>()");
        Result r = TestPackages.judge().run(LRU, source(noRefresh), null);
        assertEquals(Verdict.WRONG_ANSWER, r.verdict());
        assertEquals("[null,null,null,1,null,2,null,-1,3,4]", r.failure().output());
        assertEquals("[null,null,null,1,null,-1,null,-1,3,4]", r.failure().expected());
        assertEquals("call 5, get(2): returned 2, expected -1", r.failure().message());
    }

    @Test
    void anExceptionInAMethodIsARuntimeErrorAtTheUsersLine() {
        String throwing = CORRECT.replace("public int get(int key) { return map.getOrDefault(key, -1); }",
                "public int get(int key) { if (key == 7) throw new IllegalStateException(\"seven\");"
                        + " return map.getOrDefault(key, -1); }");
        Result r = run(throwing, "[\"LRUCache\",\"put\",\"get\"] [[2],[7,1],[7]]");
        assertEquals(Verdict.RUNTIME_ERROR, r.verdict());
        assertTrue(r.failure().message().startsWith("java.lang.IllegalStateException: seven"), r.failure().message());
        assertTrue(r.failure().message().contains("at LRUCache.get(LRUCache.java:5)"), r.failure().message());
    }

    @Test
    void overloadsBesideTheDeclaredMethodsAreLeftAlone() {
        String overloaded = CORRECT.replace("public LRUCache(int capacity)",
                "public LRUCache() { this(1); }\n    public int get(long key) { return -7; }\n    public LRUCache(int capacity)");
        Result r = TestPackages.judge().run(LRU, source(overloaded), null);
        assertEquals(Verdict.ACCEPTED, r.verdict(), () -> r.compileErrors() + " " + r.failure());
    }

    @Test
    void aMissingMethodIsACompileErrorShowingTheWholeClass() {
        String noPut = CORRECT.replace("public void put(int key, int value)", "public void set(int key, int value)");
        Result r = TestPackages.judge().run(LRU, source(noPut), null);
        assertEquals(Verdict.COMPILE_ERROR, r.verdict());
        assertEquals("class LRUCache has no method put; expected public void put(int key, int value) in class"
                + " LRUCache { public LRUCache(int capacity); public int get(int key);"
                + " public void put(int key, int value); }", r.message());
    }

    @Test
    void otherTypesAreACompileErrorNamingWhatWasFound() {
        Result ctor = TestPackages.judge().run(LRU, source(CORRECT.replace("LRUCache(int capacity)",
                "LRUCache(long capacity)").replace("this.capacity = capacity", "this.capacity = (int) capacity")), null);
        assertEquals(Verdict.COMPILE_ERROR, ctor.verdict());
        assertTrue(ctor.message().startsWith("class LRUCache has no constructor LRUCache(int); found LRUCache(long);"),
                ctor.message());
        Result get = TestPackages.judge().run(LRU, source(CORRECT.replace("public int get(int key) { return",
                "public Integer get(int key) { return")), null);
        assertEquals(Verdict.COMPILE_ERROR, get.verdict());
        assertTrue(get.message().startsWith("wrong signature: found Integer get(int); expected public int get(int key)"),
                get.message());
        Result named = TestPackages.judge().run(LRU, source(CORRECT.replace("LRUCache", "Solution")), null);
        assertEquals(Verdict.COMPILE_ERROR, named.verdict());
        assertTrue(named.message().startsWith("class LRUCache not found; method get is in class Solution (line "),
                named.message());
        assertTrue(named.message().contains("): rename class Solution to LRUCache; expected class LRUCache {"),
                named.message());
    }

    @Test
    void customInputIsCheckedOperationByOperationWithItsLine() {
        assertEquals("--case 1:1: expected the constructor \"LRUCache\" first, found \"put\" at /0",
                refused("[\"put\",\"get\"]\n[[1,1],[1]]"));
        assertEquals("--case 1:1: unknown operation \"remove\"; LRUCache has get, put at /2",
                refused("[\"LRUCache\",\"put\",\"remove\"]\n[[1],[1,1],[1]]"));
        assertEquals("--case 1:2: put takes 2 argument(s) (int key, int value), found 1 at /1",
                refused("[\"LRUCache\",\"put\"]\n[[1],[1]]"));
        assertEquals("--case 1:2: expected an integer in 0..100000, found -5 (parameter value of put) at /1/1",
                refused("[\"LRUCache\",\"put\"]\n[[1],[1,-5]]"));
        assertEquals("--case 1:2: expected an integer in 1..3000, found 0 (parameter capacity of LRUCache) at /0/0",
                refused("[\"LRUCache\",\"get\"]\n[[0],[1]]"));
        assertEquals("--case 1:2: expected one argument list per operation (2), found 1",
                refused("[\"LRUCache\",\"get\"]\n[[1]]"));
        assertEquals("--case 1:1: expected the constructor and 1 to 200000 method calls, found 0 calls",
                refused("[\"LRUCache\"]\n[[1]]"));
    }

    private static String refused(String text) {
        return assertThrows(PackageException.class, () -> CustomInput.parse(LRU, text, "--case 1")).getMessage();
    }

    @Test
    void fuzzingFindsAStaleRecencyAndShrinksItToAFewCalls() {
        String noRefresh = CORRECT.replace("new LinkedHashMap<>(16, 0.75f, true)", "new LinkedHashMap<>()")
                .replace("map.put(key, value);", "map.remove(key); map.put(key, value);");
        FuzzResult r = PropertyRun.fuzz(TestPackages.judge(), LRU, source(noRefresh),
                new FuzzConfig(1, 5000, Duration.ofSeconds(60), 24, Duration.ofSeconds(20)), done -> { });
        assertEquals(FuzzResult.Status.FALSIFIED, r.status(), r.message());
        List<Value> ops = ((Value.Arr) ValueFormat.parse(r.counterexample().input().get(0))).items();
        assertEquals(new Value.Str("LRUCache"), ops.get(0));
        // The smallest sequence that shows it: fill a cache of 2, read the older key, put a third, read again.
        assertTrue(ops.size() <= 7, "shrunk to " + r.counterexample().input());
        assertTrue(LRU.signature().violation(r.counterexample().input().stream().map(ValueFormat::parse).toList())
                == null, "the shrunk input is valid");
    }
}
