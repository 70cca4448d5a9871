package judge.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import judge.TestPackages;
import judge.problem.Problem;
import judge.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Shrinking reaches the minimal case for planted bugs. The solutions run in this JVM here, so that the
 * engine is tested on its own, fast; the child-JVM path is tested through {@code judge fuzz}.
 */
class ShrinkingTest {
    private static final Problem P76 = TestPackages.p76();
    private static final Generators GEN = new Generators(P76.signature());

    static String reference(String s, String t) {
        int[] need = new int[128];
        for (char c : t.toCharArray()) need[c]++;
        int missing = t.length(), best = -1, bestLen = Integer.MAX_VALUE, left = 0;
        for (int right = 0; right < s.length(); right++) {
            if (need[s.charAt(right)]-- > 0) missing--;
            while (missing == 0) {
                if (right - left + 1 < bestLen) { bestLen = right - left + 1; best = left; }
                if (++need[s.charAt(left++)] > 0) missing++;
            }
        }
        return best < 0 ? "" : s.substring(best, best + bestLen);
    }

    /** Finds a failing input for {@code wrong} from random tries, shrinks it, returns it as [s, t]. */
    static List<String> shrunk(BiFunction<String, String, String> wrong) {
        Predicate<List<Value>> fails = in -> {
            String s = ((Value.Str) in.get(0)).value();
            String t = ((Value.Str) in.get(1)).value();
            String expected = reference(s, t);
            String got = wrong.apply(s, t);
            return got == null || got.length() != expected.length() || !s.contains(got) || !reference(got, t).equals(got);
        };
        long[] failing = null;
        for (long i = 0; i < 100_000 && failing == null; i++) {
            Choices c = Choices.random(new SplittableRandom(i));
            if (fails.test(GEN.draw(c, Fuzzer.profile(i, 24)))) {
                failing = c.sequence();
            }
        }
        assertNotNull(failing, "no failing input found");
        long[] best = new Shrinker(failing, candidate -> {
            Choices c = Choices.replay(candidate);
            return fails.test(GEN.draw(c, Profile.random(24))) ? c.sequence() : null;
        }, System.nanoTime() + 20_000_000_000L).shrink();
        List<Value> input = GEN.draw(Choices.replay(best), Profile.random(24));
        return input.stream().map(v -> ((Value.Str) v).value()).toList();
    }

    @Test
    void caseFoldingShrinksToATotalLengthOfAtMostThree() {
        List<String> st = shrunk((s, t) -> {
            String r = reference(s.toLowerCase(), t.toLowerCase());
            int at = s.toLowerCase().indexOf(r);
            return r.isEmpty() ? "" : s.substring(at, at + r.length());
        });
        assertTrue(st.get(0).length() + st.get(1).length() <= 3, st.toString());
    }

    @Test
    void treatingTAsASetShrinksToAOneLetterSAndTwoLetterT() {
        List<String> st = shrunk((s, t) -> {
            StringBuilder set = new StringBuilder();
            t.chars().distinct().forEach(c -> set.append((char) c));
            return reference(s, set.toString());
        });
        assertEquals(List.of("a", "aa"), st);
    }

    @Test
    void returningTheFirstCoveringWindowShrinksToTheSmallestCaseThatNeedsAShorterOne() {
        List<String> st = shrunk((s, t) -> {
            int[] need = new int[128];
            for (char c : t.toCharArray()) need[c]++;
            int missing = t.length();
            for (int right = 0; right < s.length(); right++) {
                if (need[s.charAt(right)]-- > 0 && --missing == 0) {
                    return s.substring(0, right + 1);
                }
            }
            return "";
        });
        // The smallest case needs one letter before the window that the first covering window drags along.
        assertEquals(List.of("ba", "a"), st);
    }
}
