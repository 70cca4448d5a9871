package judge.check;

/**
 * A test of counts that should be uniform, with a proven false-reject rate, for the checkers of randomised
 * answers ({@code "checker": {"random": ...}}).
 *
 * <p>Each of {@code m} cells (a permutation, or "value v at index i") is hit with probability {@code p} by
 * each of {@code N} independent draws of a fair solution, so a cell's count is Binomial(N, p). The test
 * rejects when some cell's count {@code c} is so far from {@code N·p} that {@code N·D(c/N ‖ p) > ln(2m/α)},
 * where {@code D} is the Kullback-Leibler divergence of two Bernoulli laws. By the Chernoff-Hoeffding bound,
 * {@code P(C ≥ k) ≤ exp(-N·D(k/N ‖ p))} for {@code k ≥ Np} and the same below the mean, so one cell is that far
 * out with probability below {@code 2·exp(-ln(2m/α)) = α/m}, and some cell of the {@code m} (a union bound:
 * the cells need not be independent) with probability below {@code α}. The bound holds for every N, not only
 * asymptotically as a chi-square's tail does. docs/authoring.md gives the derivation and the power.
 */
public final class Uniformity {
    private Uniformity() {}

    /**
     * The most surprising cell of a test. {@code evidence} is {@code N·D(c/N ‖ p)}, in nats; the counts are
     * non-uniform when it exceeds {@code threshold = ln(2m/α)}.
     */
    public record Finding(int cell, long count, double expected, double evidence, double threshold) {
        public boolean rejected() {
            return evidence > threshold;
        }

        /** "9254 times against 8333.3 expected": how this cell's count compares with a uniform draw's. */
        public String countAgainstExpected() {
            return count + " times against " + String.format(java.util.Locale.ROOT, "%.1f", expected) + " expected";
        }
    }

    /**
     * Tests counts of cells that a fair source hits with the same probability {@code p} per draw: n! orders
     * ({@code p = 1/n!}, the cells partition the draws), or n² pairs "value v at index i" ({@code p = 1/n}, each
     * draw hits n of them). Each count is then Binomial(draws, p), whatever the cells' dependence.
     *
     * @param counts every cell's count; {@code m = counts.length} cells
     * @param p      the probability of each cell per draw under a fair source, 0 < p <= 1
     * @param draws  the number of draws, N
     * @param alpha  the false-reject rate, 0 < α < 1
     */
    public static Finding test(long[] counts, double p, long draws, double alpha) {
        if (counts.length == 0 || draws < 1 || !(p > 0 && p <= 1) || !(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException(counts.length + " cells, p " + p + ", draws " + draws + ", alpha "
                    + alpha);
        }
        double threshold = Math.log(2.0 * counts.length / alpha);
        Finding worst = null;
        for (int i = 0; i < counts.length; i++) {
            Finding f = new Finding(i, counts[i], draws * p, draws * divergence((double) counts[i] / draws, p),
                    threshold);
            if (worst == null || f.evidence() > worst.evidence()) {
                worst = f;
            }
        }
        return worst;
    }

    /** D(x ‖ p) = x·ln(x/p) + (1−x)·ln((1−x)/(1−p)), with 0·ln 0 = 0. */
    static double divergence(double x, double p) {
        double d = 0;
        if (x > 0) {
            d += x * Math.log(x / p);
        }
        if (x < 1) {
            d += (1 - x) * Math.log((1 - x) / (1 - p));
        }
        return Math.max(0, d);
    }
}
