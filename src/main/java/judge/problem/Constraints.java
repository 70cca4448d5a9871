package judge.problem;

/**
 * What a problem promises about a value beyond its type: a length for strings, arrays and lists, allowed
 * characters, a numeric range, the constraints of each element, and for arrays, lists and {@code ListNode}
 * an order ({@code sorted}) and whether elements are {@code distinct}. Declared once in {@code problem.json}
 * and used to validate every test and custom input (and to generate property inputs).
 *
 * <p>Each field is {@code null} (or {@code false}) when the problem declares nothing about it. {@code length}
 * and {@code values} are the static bounds (for a bound tied to another parameter, the widest it can be);
 * {@code extras} holds the rest of the constraint language (see {@link Extras}).
 */
public record Constraints(Range length, CharClass chars, Range values, Constraints element, Order sorted,
        boolean distinct, Extras extras) {
    public static final Constraints NONE = new Constraints(null, null, null, null);

    public Constraints {
        extras = extras == null ? Extras.NONE : extras;
    }

    public Constraints(Range length, CharClass chars, Range values, Constraints element) {
        this(length, chars, values, element, null, false, Extras.NONE);
    }

    public Constraints(Range length, CharClass chars, Range values, Constraints element, Order sorted,
            boolean distinct) {
        this(length, chars, values, element, sorted, distinct, Extras.NONE);
    }

    /** These constraints with another length range (the other fields kept). */
    public Constraints withLength(Range newLength) {
        return new Constraints(newLength, chars, values, element, sorted, distinct, extras);
    }

    /**
     * What {@code problem.json} can say beyond plain ranges.
     *
     * @param minLength   a length's lower bound tied to another parameter ({@code "length": {"min": "k"}})
     * @param maxLength   its upper bound ({@code "length": {"max": "scores.length"}}; {@code sameAs} sets both)
     * @param min         an integer's lower bound tied to another parameter
     * @param max         its upper bound ({@code "max": "logits[i].length - 1"})
     * @param real        the bounds of a {@code double} or {@code float}: fractional, exclusive, log-scaled
     * @param rectangular every row (at every depth) of this nested array has the same length
     * @param shape       the name of an earlier parameter whose shape (every length, at every depth) this has
     * @param totalMax    at most this many numbers (or strings) in the whole nested array; 0 when unbounded
     * @param special     values the property phase draws often (exactly, and their neighbours)
     */
    public record Extras(Ref minLength, Ref maxLength, Ref min, Ref max, Real real, boolean rectangular,
            String shape, long totalMax, java.util.List<judge.value.Value> special) {
        public static final Extras NONE = new Extras(null, null, null, null, null, false, null, 0, java.util.List.of());

        public Extras {
            special = java.util.List.copyOf(special);
        }

        /** Whether this constraint or one of its elements' reads another parameter. */
        public boolean isEmpty() {
            return this.equals(NONE);
        }
    }

    /**
     * The bounds of a floating-point value: {@code min} and {@code max} (each inclusive unless declared
     * {@code exclusiveMin}/{@code exclusiveMax}), {@code log} for draws uniform in the logarithm (scale-like
     * parameters; needs {@code min > 0} or an exclusive 0), and {@code nonFinite} when NaN and
     * ±Infinity are allowed too.
     */
    public record Real(double min, boolean minExclusive, double max, boolean maxExclusive, boolean log,
            boolean nonFinite) {
        public boolean contains(double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return nonFinite;
            }
            return (minExclusive ? d > min : d >= min) && (maxExclusive ? d < max : d <= max);
        }

        @Override
        public String toString() {
            return (minExclusive ? "(" : "[") + Range.number(min) + ", " + Range.number(max) + (maxExclusive ? ")" : "]");
        }
    }

    /** The order of a sorted array, list or linked list, spelt in {@code problem.json} as LeetCode words it. */
    public enum Order {
        ASCENDING("ascending", "strictly increasing"),
        NON_DECREASING("non-decreasing", "non-decreasing"),
        DESCENDING("descending", "strictly decreasing"),
        NON_INCREASING("non-increasing", "non-increasing");

        public final String spelling;
        public final String meaning;

        Order(String spelling, String meaning) {
            this.spelling = spelling;
            this.meaning = meaning;
        }

        /** Whether {@code a} may come right before {@code b} ({@code compare(a, b)} given). */
        public boolean allows(int comparison) {
            return switch (this) {
                case ASCENDING -> comparison < 0;
                case NON_DECREASING -> comparison <= 0;
                case DESCENDING -> comparison > 0;
                case NON_INCREASING -> comparison >= 0;
            };
        }

        public boolean strict() {
            return this == ASCENDING || this == DESCENDING;
        }

        public static Order parse(String text) {
            for (Order o : values()) {
                if (o.spelling.equals(text)) {
                    return o;
                }
            }
            return null;
        }
    }
}
