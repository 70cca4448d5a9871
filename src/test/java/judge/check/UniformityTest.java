package judge.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The uniformity test behind randomised answers. Every source here is seeded, so each assertion is a fixed
 * fact, not a probability: the fair sources pass for every seed tried, the biased ones fail.
 */
class UniformityTest {
    private static final double ALPHA = 1e-7;

    /** Counts of the 6 orders of three elements over {@code draws} shuffles from {@code shuffle}. */
    private static long[] orderCounts(int draws, java.util.function.Function<Random, int[]> shuffle, long seed) {
        Random random = new Random(seed);
        long[] counts = new long[6];
        for (int d = 0; d < draws; d++) {
            int[] p = shuffle.apply(random);
            counts[p[0] * 2 + (p[1] < p[2] ? 0 : 1)]++;
        }
        return counts;
    }

    private static int[] fisherYates(Random random) {
        int[] a = {0, 1, 2};
        for (int i = a.length - 1; i > 0; i--) {
            swap(a, i, random.nextInt(i + 1));
        }
        return a;
    }

    private static int[] swapWithAnyIndex(Random random) {
        int[] a = {0, 1, 2};
        for (int i = 0; i < a.length; i++) {
            swap(a, i, random.nextInt(a.length));
        }
        return a;
    }

    /** Insertion sort whose comparator answers "less" at random: the last element stays last half the time. */
    private static int[] randomComparatorSort(Random random) {
        List<Integer> sorted = new ArrayList<>();
        for (int x = 0; x < 3; x++) {
            int at = sorted.size();
            while (at > 0 && random.nextBoolean()) {
                at--;
            }
            sorted.add(at, x);
        }
        return sorted.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    @Test
    void aFairShuffleIsNotRejectedForAnySeedTried() {
        for (long seed = 1; seed <= 20; seed++) {
            Uniformity.Finding f = Uniformity.test(orderCounts(50_000, UniformityTest::fisherYates, seed), 1.0 / 6,
                    50_000, ALPHA);
            assertFalse(f.rejected(), "seed " + seed + ": " + f);
        }
    }

    @Test
    void theNaiveSwapWithAnyIndexIsRejectedForEverySeedTried() {
        for (long seed = 1; seed <= 20; seed++) {
            Uniformity.Finding f = Uniformity.test(orderCounts(50_000, UniformityTest::swapWithAnyIndex, seed),
                    1.0 / 6, 50_000, ALPHA);
            assertTrue(f.rejected(), "seed " + seed + ": " + f);
            // the orders that come 5 times in 27 or 4 times in 27, never about 1/6
            assertTrue(Math.abs(f.count() - 50_000.0 / 6) > 500, f.toString());
        }
    }

    @Test
    void aRandomComparatorSortIsRejected() {
        Uniformity.Finding f = Uniformity.test(orderCounts(50_000, UniformityTest::randomComparatorSort, 7), 1.0 / 6,
                50_000, ALPHA);
        assertTrue(f.rejected(), f.toString());
    }

    @Test
    void alwaysTheSameOrderIsRejectedAndNamed() {
        long[] counts = {0, 0, 0, 20_000, 0, 0};
        Uniformity.Finding f = Uniformity.test(counts, 1.0 / 6, 20_000, ALPHA);
        assertTrue(f.rejected());
        assertEquals(3, f.cell());
        assertEquals("20000 times against 3333.3 expected", f.countAgainstExpected());
    }

    @Test
    void theThresholdIsTheDerivedOne() {
        Uniformity.Finding f = Uniformity.test(new long[] {5, 5}, 0.5, 10, 1e-6);
        assertEquals(Math.log(2 * 2 / 1e-6), f.threshold(), 1e-12);
        assertEquals(0, f.evidence(), 1e-12);
    }

    /**
     * The derivation's claim, computed exactly: under Binomial(N, p) the probability that one cell's count is
     * rejected is at most α/m, so that a union over the m cells stays below α.
     */
    @Test
    void oneCellsExactRejectionProbabilityIsBelowAlphaOverM() {
        assertRejectionMassBelowBound(50_000, 1.0 / 6, 6, 1e-7);
        assertRejectionMassBelowBound(30_000, 1.0 / 24, 24, 1e-7);
        assertRejectionMassBelowBound(20_000, 1.0 / 20, 400, 1e-7);
        assertRejectionMassBelowBound(2_000, 1.0 / 6, 6, 1e-2);
    }

    private static void assertRejectionMassBelowBound(int n, double p, int cells, double alpha) {
        double threshold = Math.log(2.0 * cells / alpha);
        double logPmf = n * Math.log1p(-p);
        double rejected = 0;
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                logPmf += Math.log((double) (n - k + 1) / k) + Math.log(p / (1 - p));
            }
            if (n * Uniformity.divergence((double) k / n, p) > threshold) {
                rejected += Math.exp(logPmf);
            }
        }
        assertTrue(rejected <= alpha / cells, "N " + n + ", p " + p + ": " + rejected + " > " + alpha / cells);
        // and the bound is not vacuous: the region holds a real share of it
        assertTrue(rejected > alpha / cells / 1000, "N " + n + ": " + rejected);
    }
}
