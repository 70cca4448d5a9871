package judge.value;

/** Text that is not a value in LeetCode's format; {@code line} and {@code column} count from 1. */
public final class ValueFormatException extends RuntimeException {
    private final int line;
    private final int column;

    public ValueFormatException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
