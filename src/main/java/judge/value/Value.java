package judge.value;

import java.util.List;

/**
 * A value in LeetCode's format: what a test case holds, what a solution returns, what a report prints.
 *
 * <p>LeetCode writes its values as JSON ({@code "abc"}, {@code [1,2]}, {@code [1,null,2]}), so the model is
 * JSON's: numbers keep whether they were written as integers. Everything here is JDK-only because the
 * runner, which lives in the sandboxed child JVM, uses the same model.
 */
public sealed interface Value permits Value.Null, Value.Bool, Value.Int, Value.Dbl, Value.Str, Value.Arr {

    /** JSON's {@code null}: LeetCode's "no node" in trees, and what a solution returns instead of an object. */
    record Null() implements Value {
        public static final Null INSTANCE = new Null();
    }

    record Bool(boolean value) implements Value {}

    /** An integer written without a fraction or exponent; wide enough for Java's {@code long}. */
    record Int(long value) implements Value {}

    record Dbl(double value) implements Value {}

    record Str(String value) implements Value {}

    record Arr(List<Value> items) implements Value {
        public Arr {
            items = List.copyOf(items);
        }
    }

    static Value of(String s) {
        return s == null ? Null.INSTANCE : new Str(s);
    }

    /** What kind of value this is, in words a problem author or a user reads: "a string", "an array". */
    default String kind() {
        if (this instanceof Null) {
            return "null";
        } else if (this instanceof Bool) {
            return "a boolean";
        } else if (this instanceof Int) {
            return "an integer";
        } else if (this instanceof Dbl) {
            return "a number";
        } else if (this instanceof Str) {
            return "a string";
        }
        return "an array";
    }

    /** This value in LeetCode's (JSON) format, on one line. */
    default String format() {
        return ValueFormat.format(this);
    }
}
