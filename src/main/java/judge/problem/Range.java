package judge.problem;

/** An inclusive range of whole numbers, as constraints write it: {@code {"min": 1, "max": 100000}}. */
public record Range(long min, long max) {
    public Range {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
    }

    public boolean contains(long n) {
        return n >= min && n <= max;
    }

    @Override
    public String toString() {
        return min + ".." + max;
    }

    /** A number as bounds print it: whole numbers without a fraction. */
    public static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e18 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
