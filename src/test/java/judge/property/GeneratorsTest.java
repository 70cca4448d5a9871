package judge.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import judge.TestPackages;
import judge.problem.CharClass;
import judge.problem.Constraints;
import judge.problem.Param;
import judge.problem.Range;
import judge.problem.Signature;
import judge.problem.TypeSpec;
import judge.problem.Violation;
import judge.value.Value;
import org.junit.jupiter.api.Test;

/** Generated values always satisfy their declared types and constraints, whatever the choices. */
class GeneratorsTest {

    private static final Signature MIXED = new Signature("Solution", "f", List.of(
            new Param("nums", TypeSpec.parse("int[]"), new Constraints(new Range(0, 30), null, null,
                    new Constraints(null, null, new Range(-5, 1_000_000_000), null))),
            new Param("grid", TypeSpec.parse("List<List<Integer>>"), new Constraints(new Range(1, 4), null, null,
                    new Constraints(new Range(2, 3), null, null, new Constraints(null, null, new Range(7, 9), null)))),
            new Param("big", TypeSpec.parse("long"), new Constraints(null, null, new Range(Long.MIN_VALUE, Long.MAX_VALUE), null)),
            new Param("neg", TypeSpec.parse("int"), new Constraints(null, null, new Range(-20, -3), null)),
            new Param("flag", TypeSpec.parse("boolean"), Constraints.NONE),
            new Param("c", TypeSpec.parse("char"), new Constraints(null, CharClass.parse("x-z"), null, null)),
            new Param("x", TypeSpec.parse("double"), new Constraints(null, null, new Range(-2, 2), null)),
            new Param("word", TypeSpec.parse("String"), new Constraints(new Range(3, 5), CharClass.parse("01"), null, null)),
            new Param("list", TypeSpec.parse("ListNode"), new Constraints(new Range(0, 50), null, null,
                    new Constraints(null, null, new Range(-100, 100), null))),
            new Param("tree", TypeSpec.parse("TreeNode"), new Constraints(new Range(2, 40), null, null,
                    new Constraints(null, null, new Range(0, 9), null)))),
            TypeSpec.parse("int"));

    private static void assertValid(Signature sig, List<Value> input) {
        for (int i = 0; i < sig.params().size(); i++) {
            Param p = sig.params().get(i);
            Violation v = Violation.of(input.get(i), p.type(), p.constraints());
            assertNull(v, () -> p.name() + " = " + input.get(p.name().isEmpty() ? 0 : sig.params().indexOf(p)).format()
                    + ": " + v);
        }
    }

    @Test
    void everyRandomInputSatisfiesTheConstraintsUnderEveryProfile() {
        for (Signature sig : List.of(TestPackages.p76().signature(), MIXED)) {
            Generators gen = new Generators(sig);
            for (long i = 0; i < 3000; i++) {
                Choices c = Choices.random(new SplittableRandom(i));
                assertValid(sig, gen.draw(c, Fuzzer.profile(i, i % 2 == 0 ? 24 : 300)));
            }
        }
    }

    @Test
    void everyMutatedChoiceSequenceStillGivesAValidInput() {
        // Shrinking hands the generators arbitrary sequences: deleted, zeroed, lowered. All must stay valid.
        Generators gen = new Generators(MIXED);
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 3000; i++) {
            Choices c = Choices.random(new SplittableRandom(i));
            gen.draw(c, Fuzzer.profile(i + 10, 24));
            long[] seq = c.sequence();
            List<Long> mutated = new ArrayList<>();
            for (long x : seq) {
                int what = r.nextInt(4);
                if (what == 0) {
                    continue;
                }
                mutated.add(what == 1 ? 0 : what == 2 ? x / 2 : x + r.nextInt(100));
            }
            assertValid(MIXED, gen.draw(Choices.replay(mutated.stream().mapToLong(Long::longValue).toArray()),
                    Profile.random(24)));
        }
    }

    @Test
    void theEmptySequenceGivesTheSimplestInput() {
        List<Value> simplest = new Generators(MIXED).draw(Choices.replay(new long[0]), Profile.random(24));
        assertEquals("[],[[7,7]],0,-3,false,\"x\",-2.0,\"000\",[],[0,0]",
                String.join(",", simplest.stream().map(Value::format).toList()));
        assertEquals(List.of(new Value.Str("a"), new Value.Str("a")),
                new Generators(TestPackages.p76().signature()).draw(Choices.replay(new long[0]), Profile.random(24)));
    }

    @Test
    void theSameSeedDrawsTheSameInputs() {
        Generators gen = new Generators(TestPackages.p76().signature());
        for (long i = 0; i < 50; i++) {
            List<Value> a = gen.draw(Choices.random(new SplittableRandom(i)), Fuzzer.profile(i, 24));
            List<Value> b = gen.draw(Choices.random(new SplittableRandom(i)), Fuzzer.profile(i, 24));
            assertEquals(a, b);
        }
        assertNotEquals(gen.draw(Choices.random(new SplittableRandom(1)), Profile.random(24)),
                gen.draw(Choices.random(new SplittableRandom(2)), Profile.random(24)));
    }

    @Test
    void integersAreRankedByDistanceFromTheSimplestValue() {
        for (long both : new long[] {0, 3, 10}) {
            for (boolean up : new boolean[] {true, false}) {
                for (long rank = 0; rank < 40; rank++) {
                    assertEquals(rank, Generators.rank(Generators.offset(rank, both, up), both, up));
                }
            }
        }
        assertEquals(List.of(0L, 1L, -1L, 2L, -2L), List.of(Generators.offset(0, 5, true),
                Generators.offset(1, 5, true), Generators.offset(2, 5, true), Generators.offset(3, 5, true),
                Generators.offset(4, 5, true)));
    }

    @Test
    void theAlphabetShrinksTowardsLowerCaseFirst() {
        assertEquals("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                Generators.shrinkOrder(CharClass.parse("A-Za-z")));
        assertTrue(Generators.shrinkOrder(CharClass.parse("!a0A")).startsWith("aA0"));
    }

    @Test
    void gridsWhoseRowsMayDifferAreMostlyDrawnRectangularAndShrinkToRectangular() {
        Signature sig = new Signature("Solution", "numIslands", List.of(new Param("grid", TypeSpec.parse("char[][]"),
                new Constraints(new Range(1, 300), null, null, new Constraints(new Range(1, 300), null, null,
                        new Constraints(null, CharClass.parse("01"), null, null))))), TypeSpec.parse("int"));
        Generators gen = new Generators(sig);
        int rectangular = 0;
        int tall = 0;
        for (long i = 0; i < 500; i++) {
            Value.Arr grid = (Value.Arr) gen.draw(Choices.random(new SplittableRandom(i)), Fuzzer.profile(i, 24)).get(0);
            assertValid(sig, List.of(grid));
            if (grid.items().size() > 1) {
                tall++;
                long widths = grid.items().stream().map(row -> ((Value.Arr) row).items().size()).distinct().count();
                rectangular += widths == 1 ? 1 : 0;
            }
        }
        assertTrue(tall > 200, tall + " of 500 grids have more than one row");
        assertTrue(rectangular > tall * 0.7, rectangular + " of " + tall + " grids with several rows are rectangular");
        Value.Arr simplest = (Value.Arr) gen.draw(Choices.replay(new long[0]), Profile.random(24)).get(0);
        assertEquals("[[\"0\"]]", simplest.format());
    }
}
