package judge.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import judge.TestPackages;
import judge.problem.Constraints;
import judge.problem.Design;
import judge.problem.Param;
import judge.problem.ProblemLoader;
import judge.problem.Range;
import judge.problem.Signature;
import judge.problem.TypeSpec;
import judge.value.Value;
import judge.value.ValueFormat;
import org.junit.jupiter.api.Test;

/**
 * Generation for design problems (valid call sequences, weighted methods) and for sorted or distinct
 * arrays, and shrinking of a failing call sequence. In this JVM, so that the engine is tested on its own.
 */
class DesignGenerationTest {
    private static final Signature LRU =
            ProblemLoader.load(TestPackages.PROBLEMS.resolve("0146-lru-cache")).signature();

    @Test
    void everyDrawnCallSequenceIsValidAndStartsWithTheConstructor() {
        Generators gen = new Generators(LRU);
        for (long i = 0; i < 3000; i++) {
            List<Value> input = gen.draw(Choices.random(new SplittableRandom(i)), Fuzzer.profile(i, i % 2 == 0 ? 24 : 300));
            assertNull(LRU.violation(input), () -> input.stream().map(ValueFormat::format).toList().toString());
            assertEquals(new Value.Str("LRUCache"), ((Value.Arr) input.get(0)).items().get(0));
        }
    }

    @Test
    void theSimplestSequenceIsTheSmallestConstructorAndOneCallOfTheFirstMethod() {
        List<Value> input = new Generators(LRU).draw(Choices.replay(new long[0]), Profile.random(24));
        assertEquals(List.of("[\"LRUCache\",\"get\"]", "[[1],[0]]"), input.stream().map(ValueFormat::format).toList());
    }

    @Test
    void methodsAreCalledInProportionToTheirWeights() {
        Param key = new Param("key", TypeSpec.parse("int"), new Constraints(null, null, new Range(0, 9), null));
        Design design = new Design("Box", List.of(), List.of(
                new Design.Method("peek", List.of(), TypeSpec.parse("int"), 9),
                new Design.Method("push", List.of(key), null, 1)), new Range(1, 50));
        Generators gen = new Generators(Signature.of(design));
        int peeks = 0;
        int calls = 0;
        for (long i = 0; i < 500; i++) {
            List<Value> ops = ((Value.Arr) gen.draw(Choices.random(new SplittableRandom(i)), Profile.random(50))
                    .get(0)).items();
            for (Value op : ops.subList(1, ops.size())) {
                calls++;
                peeks += op.equals(new Value.Str("peek")) ? 1 : 0;
            }
        }
        double share = (double) peeks / calls;
        assertTrue(share > 0.85 && share < 0.95, "peek's share " + share + " of " + calls + " calls, weight 9 of 10");
    }

    /** An LRU cache whose get does not make the key recent: the classic bug. */
    private static List<Value> staleGets(List<Value> input) {
        List<Value> ops = ((Value.Arr) input.get(0)).items();
        List<Value> args = ((Value.Arr) input.get(1)).items();
        int capacity = (int) ((Value.Int) ((Value.Arr) args.get(0)).items().get(0)).value();
        LinkedHashMap<Long, Long> map = new LinkedHashMap<>();
        List<Value> out = new ArrayList<>(List.of(Value.Null.INSTANCE));
        for (int i = 1; i < ops.size(); i++) {
            List<Value> a = ((Value.Arr) args.get(i)).items();
            long k = ((Value.Int) a.get(0)).value();
            if (ops.get(i).equals(new Value.Str("get"))) {
                out.add(new Value.Int(map.getOrDefault(k, -1L)));
            } else {
                map.remove(k);
                if (map.size() == capacity) {
                    map.remove(map.keySet().iterator().next());
                }
                map.put(k, ((Value.Int) a.get(1)).value());
                out.add(Value.Null.INSTANCE);
            }
        }
        return out;
    }

    private static List<Value> correct(List<Value> input) {
        List<Value> ops = ((Value.Arr) input.get(0)).items();
        List<Value> args = ((Value.Arr) input.get(1)).items();
        int capacity = (int) ((Value.Int) ((Value.Arr) args.get(0)).items().get(0)).value();
        LinkedHashMap<Long, Long> map = new LinkedHashMap<>(16, 0.75f, true);
        List<Value> out = new ArrayList<>(List.of(Value.Null.INSTANCE));
        for (int i = 1; i < ops.size(); i++) {
            List<Value> a = ((Value.Arr) args.get(i)).items();
            long k = ((Value.Int) a.get(0)).value();
            if (ops.get(i).equals(new Value.Str("get"))) {
                out.add(new Value.Int(map.getOrDefault(k, -1L)));
            } else {
                map.put(k, ((Value.Int) a.get(1)).value());
                if (map.size() > capacity) {
                    map.remove(map.keySet().iterator().next());
                }
                out.add(Value.Null.INSTANCE);
            }
        }
        return out;
    }

    @Test
    void aFailingCallSequenceShrinksToTheFewCallsThatShowTheBug() {
        Generators gen = new Generators(LRU);
        Predicate<List<Value>> fails = in -> !staleGets(in).equals(correct(in));
        long[] failing = null;
        for (long i = 0; i < 100_000 && failing == null; i++) {
            Choices c = Choices.random(new SplittableRandom(i));
            if (fails.test(gen.draw(c, Fuzzer.profile(i, 300)))) {
                failing = c.sequence();
            }
        }
        assertNotNull(failing, "no failing sequence found");
        int before = ((Value.Arr) gen.draw(Choices.replay(failing), Profile.random(300)).get(0)).items().size();
        long[] best = new Shrinker(failing, candidate -> {
            Choices c = Choices.replay(candidate);
            return fails.test(gen.draw(c, Profile.random(300))) ? c.sequence() : null;
        }, System.nanoTime() + 20_000_000_000L).shrink();
        List<Value> shrunk = gen.draw(Choices.replay(best), Profile.random(300));
        // Fill a cache of 2, read the older key, put a third key, read the older key again: 5 calls.
        assertEquals("[\"LRUCache\",\"put\",\"put\",\"get\",\"put\",\"get\"]", shrunk.get(0).format(),
                "shrunk from " + before + " operations to " + shrunk.stream().map(ValueFormat::format).toList());
        // Keys and values as small as they go (a local minimum: which of two new keys is 1 and which 2 may vary).
        assertTrue(shrunk.get(1).format().matches("\\[\\[2],\\[0,0],\\[[12],0],\\[0],\\[[12],0],\\[0]]"),
                shrunk.get(1).format());
    }

    // ---------------------------------------------------------------- sorted and distinct

    private static final Signature ORDERED = new Signature("Solution", "f", List.of(
            new Param("ascending", TypeSpec.parse("int[]"), new Constraints(new Range(0, 10), null, null,
                    new Constraints(null, null, new Range(0, 9), null), Constraints.Order.ASCENDING, false)),
            new Param("distinct", TypeSpec.parse("List<Integer>"), new Constraints(new Range(2, 7), null, null,
                    new Constraints(null, null, new Range(-3, 3), null), null, true)),
            new Param("falling", TypeSpec.parse("ListNode"), new Constraints(new Range(0, 30), null, null,
                    new Constraints(null, null, new Range(-5, 5), null), Constraints.Order.NON_INCREASING, false)),
            new Param("anyLong", TypeSpec.parse("long[]"), new Constraints(new Range(0, 20), null, null, null, null,
                    true)),
            new Param("words", TypeSpec.parse("String[]"), new Constraints(new Range(0, 5), null, null,
                    new Constraints(new Range(1, 2), judge.problem.CharClass.parse("ab"), null, null),
                    Constraints.Order.NON_DECREASING, false)),
            new Param("names", TypeSpec.parse("String[]"), new Constraints(new Range(0, 4), null, null,
                    new Constraints(new Range(1, 2), judge.problem.CharClass.parse("ab"), null, null), null, true))),
            TypeSpec.parse("int"));

    @Test
    void sortedAndDistinctArraysAreDrawnValidUnderEveryProfile() {
        Generators gen = new Generators(ORDERED);
        boolean fullRange = false;
        for (long i = 0; i < 3000; i++) {
            List<Value> input = gen.draw(Choices.random(new SplittableRandom(i)), Fuzzer.profile(i, i % 2 == 0 ? 24 : 300));
            assertNull(ORDERED.violation(input), () -> input.stream().map(ValueFormat::format).toList().toString());
            fullRange |= ((Value.Arr) input.get(0)).items().size() == 10;
        }
        assertTrue(fullRange, "a strictly ascending array of 10 values from 0..9 is drawn too");
        List<Value> simplest = gen.draw(Choices.replay(new long[0]), Profile.random(24));
        assertEquals(List.of("[]", "[0,1]", "[]", "[]", "[]", "[]"), simplest.stream().map(ValueFormat::format).toList(),
                "a duplicate moves to the next free value");
    }

    @Test
    void aLongDistinctArrayIsDrawnWholeAndValid() {
        Signature big = new Signature("Solution", "f", List.of(new Param("nums", TypeSpec.parse("int[]"),
                new Constraints(new Range(100_000, 100_000), null, null,
                        new Constraints(null, null, new Range(1, 100_000), null), null, true))), TypeSpec.parse("int"));
        List<Value> input = new Generators(big).draw(Choices.random(new SplittableRandom(5)), Fuzzer.profile(4, 100_000));
        assertNull(big.violation(input));
        assertEquals(100_000, ((Value.Arr) input.get(0)).items().size(), "every value of the range, once");
    }
}
