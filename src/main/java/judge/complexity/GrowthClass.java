package judge.complexity;

/**
 * Names a fitted exponent as a complexity class, or says "unclear" when the measurement cannot carry a name.
 *
 * <p>The classes are the powers of n that algorithms commonly take: 1, √n, n, n√n, n², n³ and up to n⁶. An
 * exponent is named after the nearest one when it lies within {@value #TOLERANCE} of it and the fit is good
 * enough; otherwise it is "unclear", rather than a guess. A logarithmic factor is not named: over the sizes a
 * run can measure (a range of about 2^7), n log n grows like n^1.1 and n² log n like n^2.1, which timing noise
 * cannot tell apart from n and n² reliably, so both read as their power (and the exponent shows the excess).
 */
public final class GrowthClass {
    /** How far an exponent may lie from a class's and still be named after it. */
    static final double TOLERANCE = 0.25;
    /** A fit whose exponent is less certain than this (one standard error) is "unclear". */
    static final double MAX_STDERR = 0.15;
    /** Fewer sizes than this cannot tell a curve from a line. */
    static final int MIN_POINTS = 3;
    /** Nor can sizes spread less than this (largest over smallest). */
    static final double MIN_SPREAD = 3.5;

    public static final String UNCLEAR = "unclear";

    private static final double[] POWERS = {0, 0.5, 1, 1.5, 2, 3, 4, 5, 6};
    private static final String[] NAMES = {"O(1)", "O(√n)", "O(n)", "O(n√n)", "O(n²)", "O(n³)", "O(n⁴)", "O(n⁵)",
        "O(n⁶)"};

    private GrowthClass() {}

    /** The class of {@code fit}, or {@value #UNCLEAR}. */
    public static String of(Fit fit) {
        if (fit == null || fit.points() < MIN_POINTS || fit.spread() < MIN_SPREAD || !(fit.stderr() <= MAX_STDERR)) {
            return UNCLEAR;
        }
        for (int i = 0; i < POWERS.length; i++) {
            if (Math.abs(fit.exponent() - POWERS[i]) <= TOLERANCE) {
                return NAMES[i];
            }
        }
        return UNCLEAR;
    }

    /** Why {@code fit} is unclear, for the report; {@code null} when it has a class. */
    public static String why(Fit fit) {
        if (fit == null) {
            return "fewer than two sizes took measurable time";
        }
        if (fit.points() < MIN_POINTS) {
            return "only " + fit.points() + " sizes took measurable time";
        }
        if (fit.spread() < MIN_SPREAD) {
            return String.format(java.util.Locale.ROOT, "the sizes measured span only %.1f×", fit.spread());
        }
        if (!(fit.stderr() <= MAX_STDERR)) {
            return String.format(java.util.Locale.ROOT, "the times do not follow a power of n (± %.2f)", fit.stderr());
        }
        if (of(fit).equals(UNCLEAR)) {
            return String.format(java.util.Locale.ROOT, "n^%.2f lies between the usual classes", fit.exponent());
        }
        return null;
    }
}
