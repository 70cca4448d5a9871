package judge.problem;

import static judge.TestPackages.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import judge.value.ValueFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How problem.json declares design problems and sorted or distinct values, and how tests are held to them. */
class DesignAndOrderTest {
    @TempDir Path problems;

    private static final String COUNTER = """
            {"id": 9100, "slug": "counter", "title": {"en": "Counter", "zh": "计数器"}, "difficulty": "Easy",
             "tags": ["design"],
             "signature": {"class": "Counter", "design": {
               "constructor": [{"name": "start", "type": "int", "min": 0, "max": 10}],
               "methods": [
                 {"name": "add", "params": [{"name": "n", "type": "int", "min": 1, "max": 5}], "returns": "void"},
                 {"name": "total", "returns": "long", "weight": 0.5}],
               "calls": {"min": 1, "max": 4}}}}
            """;

    private Path counter(String examples) {
        Path dir = problems.resolve("9100-counter");
        write(dir.resolve("problem.json"), COUNTER);
        write(dir.resolve("tests/examples.json"), examples);
        return dir;
    }

    private PackageException refusedExamples(String examples) {
        Problem p = ProblemLoader.load(counter(examples));
        return assertThrows(PackageException.class, () -> ProblemLoader.examples(p));
    }

    @Test
    void aDesignDeclaresItsClassConstructorAndMethods() {
        Problem p = ProblemLoader.load(counter("[]"));
        Design d = p.signature().design();
        assertEquals("class Counter { public Counter(int start); public void add(int n); public long total(); }",
                p.signature().declaration());
        assertEquals(new Range(1, 4), d.calls());
        assertEquals(0.5, d.method("total").weight());
        assertEquals(java.util.List.of("operations", "arguments"),
                p.signature().params().stream().map(Param::name).toList());
    }

    @Test
    void aValidDesignTestLoadsWithItsExpectedList() {
        Problem p = ProblemLoader.load(counter("""
                [{"name": "e", "input": {"operations": ["Counter", "add", "total"], "arguments": [[3], [2], []]},
                  "expected": [null, null, 5]}]
                """));
        TestCase t = ProblemLoader.examples(p).get(0);
        assertEquals("[null,null,5]", t.expected().format());
    }

    @Test
    void designTestErrorsPointAtTheOperationOrArgument() {
        assertTrue(refusedExamples("""
                [{"input": {"operations": ["add", "total"], "arguments": [[1], []]}}]
                """).getMessage().contains("at /0/input/operations/0:\n  expected the constructor \"Counter\" first,"
                + " found \"add\""));
        assertTrue(refusedExamples("""
                [{"input": {"operations": ["Counter", "Counter"], "arguments": [[1], [1]]}}]
                """).getMessage().contains("at /0/input/operations/1:\n  unknown operation \"Counter\"; Counter has"
                + " add, total (the constructor comes only first)"));
        assertTrue(refusedExamples("""
                [{"input": {"operations": ["Counter", "add"], "arguments": [[1], [9]]}}]
                """).getMessage().contains("at /0/input/arguments/1/0:\n  expected an integer in 1..5, found 9"
                + " (parameter n of add)"));
        assertTrue(refusedExamples("""
                [{"input": {"operations": ["Counter", "total"], "arguments": [[1], [1]]}}]
                """).getMessage().contains("at /0/input/arguments/1:\n  total takes 0 argument(s) (), found 1"));
        assertTrue(refusedExamples("""
                [{"input": {"operations": ["Counter", "add", "add", "add", "add", "add"],
                            "arguments": [[1], [1], [1], [1], [1], [1]]}}]
                """).getMessage().contains("expected the constructor and 1 to 4 method calls, found 5 calls"));
    }

    @Test
    void anExpectedListMustHaveNullsWhereNothingIsReturned() {
        PackageException e = refusedExamples("""
                [{"input": {"operations": ["Counter", "add", "total"], "arguments": [[3], [2], []]},
                  "expected": [null, 2, 5]}]
                """);
        assertTrue(e.getMessage().contains("at /0/expected/1:\n  expected null (add returns nothing), found an integer"),
                e.getMessage());
        e = refusedExamples("""
                [{"input": {"operations": ["Counter", "total"], "arguments": [[3], []]}, "expected": [null]}]
                """);
        assertTrue(e.getMessage().contains("expected one entry per operation (2), found 1"), e.getMessage());
    }

    @Test
    void aDesignCannotAlsoDeclareAMethod() {
        Path dir = counter("[]");
        write(dir.resolve("problem.json"), COUNTER.replace("\"class\": \"Counter\",", "\"class\": \"Counter\", \"method\": \"f\","));
        PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.load(dir));
        assertTrue(e.getMessage().contains("at /signature/method:\n  a design problem declares its methods in"
                + " /signature/design/methods"), e.getMessage());
    }

    // ---------------------------------------------------------------- sorted and distinct

    private static Constraints ints(Constraints.Order sorted, boolean distinct) {
        return new Constraints(null, null, null, new Constraints(null, null, new Range(-9, 9), null), sorted, distinct);
    }

    private static Violation check(String value, String type, Constraints c) {
        return Violation.of(ValueFormat.parse(value), TypeSpec.parse(type), c);
    }

    @Test
    void sortedIsCheckedBetweenNeighbours() {
        assertNull(check("[1,1,2]", "int[]", ints(Constraints.Order.NON_DECREASING, false)));
        assertEquals(new Violation("/2", "expected the elements in non-decreasing order, found 0 after 1"),
                check("[1,1,0]", "int[]", ints(Constraints.Order.NON_DECREASING, false)));
        assertEquals(new Violation("/1", "expected the elements in strictly increasing order, found 1 after 1"),
                check("[1,1]", "List<Integer>", ints(Constraints.Order.ASCENDING, false)));
        assertNull(check("[3,2,2]", "int[]", ints(Constraints.Order.NON_INCREASING, false)));
        assertEquals(new Violation("/1", "expected the elements in strictly decreasing order, found 3 after 3"),
                check("[3,3]", "ListNode", ints(Constraints.Order.DESCENDING, false)));
    }

    @Test
    void distinctNamesTheRepeatAndWhereItFirstWas() {
        assertNull(check("[3,1,2]", "int[]", ints(null, true)));
        assertEquals(new Violation("/3", "expected distinct elements, found 1 again (first at index 1)"),
                check("[3,1,2,1]", "int[]", ints(null, true)));
    }

    @Test
    void sortedAndDistinctAreCheckedOnTestFiles() {
        Path dir = problems.resolve("9101-sorted");
        write(dir.resolve("problem.json"), """
                {"id": 9101, "slug": "sorted", "title": {"en": "Sorted", "zh": "有序"}, "difficulty": "Easy",
                 "tags": ["array"], "signature": {"method": "f", "returns": "int", "params": [
                   {"name": "nums", "type": "int[]", "sorted": "ascending", "element": {"min": 0, "max": 9}},
                   {"name": "head", "type": "ListNode", "distinct": true}]}}
                """);
        write(dir.resolve("tests/examples.json"), """
                [{"input": {"nums": [1, 2, 2], "head": []}, "expected": 0}]
                """);
        Problem p = ProblemLoader.load(dir);
        PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.examples(p));
        assertTrue(e.getMessage().contains("at /0/input/nums/2:\n  expected the elements in strictly increasing"
                + " order, found 2 after 2 (parameter nums of f)"), e.getMessage());
        write(dir.resolve("tests/examples.json"), """
                [{"input": {"nums": [1], "head": [4, 5, 4]}, "expected": 0}]
                """);
        e = assertThrows(PackageException.class, () -> ProblemLoader.examples(p));
        assertTrue(e.getMessage().contains("at /0/input/head/2:\n  expected distinct elements, found 4 again"),
                e.getMessage());
    }

    @Test
    void sortedIsRefusedWhereItMeansNothing() {
        Path dir = problems.resolve("9102-bad");
        write(dir.resolve("problem.json"), """
                {"id": 9102, "slug": "bad", "title": {"en": "Bad", "zh": "坏"}, "difficulty": "Easy",
                 "tags": ["array"], "signature": {"method": "f", "returns": "int", "params": [
                   {"name": "root", "type": "TreeNode", "sorted": "ascending"}]}}
                """);
        PackageException e = assertThrows(PackageException.class, () -> ProblemLoader.load(dir));
        assertTrue(e.getMessage().contains("at /signature/params/0/sorted:\n  only an array, List or ListNode of"
                + " numbers or strings can be sorted; this is TreeNode"), e.getMessage());
        write(dir.resolve("problem.json"), read(dir).replace("\"sorted\": \"ascending\"", "\"sorted\": \"up\"")
                .replace("TreeNode", "int[]"));
        e = assertThrows(PackageException.class, () -> ProblemLoader.load(dir));
        assertTrue(e.getMessage().contains("expected \"ascending\" (strictly), \"non-decreasing\", \"descending\""
                + " (strictly) or \"non-increasing\", found \"up\""), e.getMessage());
    }

    private static String read(Path dir) {
        return judge.TestPackages.read(dir.resolve("problem.json"));
    }
}
