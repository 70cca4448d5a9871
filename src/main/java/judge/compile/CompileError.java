package judge.compile;

/** One compiler error, at the user's own line and column (both from 1; 0 when javac gave none). */
public record CompileError(long line, long column, String message, String sourceLine) {

    /** The error as javac would print it, with the offending line and a caret under the column. */
    public String render(String fileName) {
        StringBuilder out = new StringBuilder();
        out.append(fileName);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": error: ").append(message);
        if (line > 0 && !sourceLine.isEmpty()) {
            out.append('\n').append(sourceLine.replace('\t', ' '));
            if (column > 0) {
                out.append('\n').append(" ".repeat((int) Math.max(0, column - 1))).append('^');
            }
        }
        return out.toString();
    }
}
