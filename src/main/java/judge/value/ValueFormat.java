package judge.value;

import java.util.ArrayList;
import java.util.List;

/**
 * The one codec for LeetCode's value format, which is JSON: parse text into {@link Value}s and print them
 * back on one line. Also reads a sequence of values separated by white space, which is how LeetCode's
 * custom test input is written (one value per line).
 */
public final class ValueFormat {
    private ValueFormat() {}

    /** Parses exactly one value; anything but white space after it is an error. */
    public static Value parse(String text) {
        List<Value> values = parseSequence(text);
        if (values.size() != 1) {
            throw new ValueFormatException("expected one value, found " + values.size(), 1, 1);
        }
        return values.get(0);
    }

    /** A value and the line (from 1) it starts on. */
    public record Located(Value value, int line) {}

    /** Parses zero or more values separated by white space (spaces, tabs, newlines). */
    public static List<Value> parseSequence(String text) {
        return parseLocated(text).stream().map(Located::value).toList();
    }

    /** As {@link #parseSequence}, keeping the line each value starts on, for error messages. */
    public static List<Located> parseLocated(String text) {
        Parser parser = new Parser(text);
        List<Located> values = new ArrayList<>();
        parser.skipSpace();
        while (!parser.atEnd()) {
            int line = parser.line();
            values.add(new Located(parser.value(0), line));
            int before = parser.pos;
            parser.skipSpace();
            if (!parser.atEnd() && parser.pos == before) {
                throw parser.error("expected white space or a new line between two values");
            }
        }
        return values;
    }

    public static String format(Value value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    public static void append(StringBuilder out, Value value) {
        if (value instanceof Value.Null) {
            out.append("null");
        } else if (value instanceof Value.Bool b) {
            out.append(b.value());
        } else if (value instanceof Value.Int i) {
            out.append(i.value());
        } else if (value instanceof Value.Dbl d) {
            appendDouble(out, d.value());
        } else if (value instanceof Value.Str s) {
            appendString(out, s.value());
        } else if (value instanceof Value.Arr a) {
            out.append('[');
            for (int k = 0; k < a.items().size(); k++) {
                if (k > 0) {
                    out.append(',');
                }
                append(out, a.items().get(k));
            }
            out.append(']');
        }
    }

    private static void appendDouble(StringBuilder out, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            out.append(d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN");
        } else {
            out.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format("%.1f", d) : Double.toString(d));
        }
    }

    public static void appendString(StringBuilder out, String s) {
        out.append('"');
        // Most strings (LeetCode's inputs run to 10^5 letters) need no escape: one bulk copy, not a char each.
        int plain = 0;
        while (plain < s.length() && s.charAt(plain) >= 0x20 && s.charAt(plain) != '"' && s.charAt(plain) != '\\') {
            plain++;
        }
        out.append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static final class Parser {
        private static final int MAX_DEPTH = 1000;
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        Value value(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("values are nested deeper than " + MAX_DEPTH + " levels");
            }
            skipSpace();
            if (atEnd()) {
                throw error("expected a value, found the end of the input");
            }
            char c = text.charAt(pos);
            return switch (c) {
                case '"' -> new Value.Str(string());
                case '[' -> array(depth);
                case 't' -> literal("true", new Value.Bool(true));
                case 'f' -> literal("false", new Value.Bool(false));
                case 'n' -> literal("null", Value.Null.INSTANCE);
                // What the formatter writes for doubles JSON cannot hold: a solution may return them.
                case 'I' -> literal("Infinity", new Value.Dbl(Double.POSITIVE_INFINITY));
                case 'N' -> literal("NaN", new Value.Dbl(Double.NaN));
                default -> {
                    if (text.startsWith("-Infinity", pos)) {
                        yield literal("-Infinity", new Value.Dbl(Double.NEGATIVE_INFINITY));
                    }
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        yield number();
                    }
                    throw error("expected a value (a string in double quotes, a number, true, false, null or [...]),"
                            + " found '" + c + "'");
                }
            };
        }

        private Value literal(String word, Value value) {
            if (!text.startsWith(word, pos)) {
                throw error("expected " + word);
            }
            pos += word.length();
            return value;
        }

        private Value array(int depth) {
            pos++; // [
            List<Value> items = new ArrayList<>();
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == ']') {
                pos++;
                return new Value.Arr(items);
            }
            while (true) {
                items.add(value(depth + 1));
                skipSpace();
                if (atEnd()) {
                    throw error("expected ',' or ']', found the end of the input");
                }
                char c = text.charAt(pos++);
                if (c == ']') {
                    return new Value.Arr(items);
                }
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or ']', found '" + c + "'");
                }
            }
        }

        private Value number() {
            int start = pos;
            if (text.charAt(pos) == '-') {
                pos++;
            }
            boolean integral = true;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c >= '0' && c <= '9') {
                    pos++;
                } else if (c == '.' || c == 'e' || c == 'E' || ((c == '+' || c == '-') && pos > start
                        && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E'))) {
                    integral = false;
                    pos++;
                } else {
                    break;
                }
            }
            String literal = text.substring(start, pos);
            try {
                if (integral) {
                    return new Value.Int(Long.parseLong(literal));
                }
                return new Value.Dbl(Double.parseDouble(literal));
            } catch (NumberFormatException e) {
                pos = start;
                throw error(integral ? "integer " + literal + " does not fit in 64 bits" : "malformed number " + literal);
            }
        }

        private String string() {
            pos++; // opening quote
            // The common case, a string with no escape, is one substring rather than a char at a time.
            int end = pos;
            while (end < text.length()) {
                char c = text.charAt(end);
                if (c == '"') {
                    String plain = text.substring(pos, end);
                    pos = end + 1;
                    return plain;
                }
                if (c == '\\' || c == '\n') {
                    break;
                }
                end++;
            }
            StringBuilder out = new StringBuilder(end - pos + 16);
            out.append(text, pos, end);
            pos = end;
            while (true) {
                if (atEnd()) {
                    throw error("unterminated string: expected a closing '\"'");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\n') {
                    pos--;
                    throw error("unterminated string: a new line inside a string must be written \\n");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (atEnd()) {
                    throw error("unterminated escape at the end of the input");
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw error("expected four hex digits after \\u");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("expected four hex digits after \\u");
                        }
                        pos += 4;
                    }
                    default -> {
                        pos--;
                        throw error("unknown escape \\" + e);
                    }
                }
            }
        }

        int line() {
            int line = 1;
            for (int i = 0; i < Math.min(pos, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        ValueFormatException error(String message) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < Math.min(pos, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return new ValueFormatException(message, line, column);
        }
    }
}
