package judge.problem;

/**
 * What a problem promises about a value beyond its type: a length for strings, arrays and lists, allowed
 * characters, a numeric range, the constraints of each element, and for arrays, lists and {@code ListNode}
 * an order ({@code sorted}) and whether elements are {@code distinct}. Declared once in {@code problem.json}
 * and used to validate every test and custom input (and to generate property inputs).
 *
 * <p>Each field is {@code null} (or {@code false}) when the problem declares nothing about it.
 */
public record Constraints(Range length, CharClass chars, Range values, Constraints element, Order sorted,
        boolean distinct) {
    public static final Constraints NONE = new Constraints(null, null, null, null);

    public Constraints(Range length, CharClass chars, Range values, Constraints element) {
        this(length, chars, values, element, null, false);
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
