package judge.verify.mutation;

/**
 * The mutation operators: PIT's well-known set (its defaults, plus its non-void call and inline-constant
 * mutators), applied to the reference's bytecode. docs/test-strength.md lists what each one changes.
 */
public enum Operator {
    /** {@code <} and {@code <=} swapped, {@code >} and {@code >=} swapped. */
    CONDITIONALS_BOUNDARY,
    /** A conditional jump replaced by its negation: {@code ==} and {@code !=}, {@code <} and {@code >=}... */
    NEGATE_CONDITIONALS,
    /** An arithmetic or bitwise operator replaced: {@code +} and {@code -}, {@code *} and {@code /}... */
    MATH,
    /** A local variable's increment negated: {@code i++} becomes {@code i--}. */
    INCREMENTS,
    /** A negation removed: {@code -x} becomes {@code x}. */
    INVERT_NEGATIVES,
    /** A returned value replaced: 0, false, true, null, an empty string or list. */
    RETURN_VALUES,
    /** A call to a method returning nothing removed. */
    VOID_METHOD_CALL,
    /** A call to a method returning a value removed, its value replaced by 0, false or null. */
    NON_VOID_METHOD_CALL,
    /** A literal constant changed: 1 becomes 0, any other {@code x} becomes {@code x + 1}. */
    CONSTANTS
}
