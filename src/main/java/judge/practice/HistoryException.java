package judge.practice;

/** The history cannot be read or written; the message says which file and why, for a person. */
public final class HistoryException extends RuntimeException {
    HistoryException(String message) {
        super(message);
    }
}
