package judge.problem;

import java.nio.file.Path;

/**
 * A problem package or input file that is not what the judge expects. Its message says where (file, line,
 * column, JSON pointer), what was expected and what was found, in one or two lines a person can act on.
 */
public final class PackageException extends RuntimeException {
    public PackageException(String message) {
        super(message);
    }

    public static PackageException at(Path file, int line, int column, String pointer, String message) {
        StringBuilder where = new StringBuilder(file.toString());
        if (line > 0) {
            where.append(':').append(line).append(':').append(column);
        }
        if (pointer != null && !pointer.isEmpty()) {
            where.append(" at ").append(pointer);
        }
        return new PackageException(where + ":\n  " + message);
    }
}
