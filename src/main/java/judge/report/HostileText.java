package judge.report;

/**
 * The one sanitiser for text a solution, a student's file or folder name, or a manifest controls, used by every
 * report writer before a terminal or a file sees it.
 *
 * <p>Characters that could move a terminal's cursor, rewrite a line, change a window title or the clipboard,
 * reorder what a reader sees, or hide text become visible escapes: the C0 controls (ESC, BEL, CR, ...), DEL, the
 * C1 controls (U+0080 to U+009F), the bidi embeddings, overrides, isolates and marks (U+202A to U+202E, U+2066
 * to U+2069, U+200E, U+200F, U+061C), every other invisible format character (Unicode category Cf: zero-width
 * spaces and joiners, U+FEFF, tag characters...), the line and paragraph separators U+2028 and U+2029, lone
 * surrogates and the non-characters U+FFFE and U+FFFF. CR, LF and tab show as {@code \r}, {@code \n},
 * {@code \t}; the others as {@code \}{@code uXXXX} ({@code \}{@code U+XXXXX} above the BMP). The result is also
 * text XML 1.0 can hold.
 *
 * <p>{@link #line} is for one-line places (table cells, headings, names, attributes): nothing in it ends the
 * line. {@link #block} keeps line feeds (and tabs), for fields shown as a block (stdout, a stack trace). The
 * format-specific methods build on these: {@link #csv}, {@link #markdown}, {@link #workflowData} and
 * {@link #workflowProperty}.
 */
public final class HostileText {
    private HostileText() {}

    /** {@code s} on one line: every control and invisible character, line feeds and tabs included, escaped. */
    public static String line(String s) {
        return clean(s, false);
    }

    /** {@code s} as a block: line feeds and tabs kept, every other control and invisible character escaped. */
    public static String block(String s) {
        return clean(s, true);
    }

    /**
     * A CSV cell's text (before quoting): {@link #line}, and a {@code '} in front of a cell that starts with
     * {@code =}, {@code +}, {@code -}, {@code @}, tab or CR, so a spreadsheet never reads it as a formula
     * (OWASP's rule for CSV injection). The tab and CR are escaped too.
     */
    public static String csv(String s) {
        if (s == null || s.isEmpty()) {
            return s == null ? "" : s;
        }
        char first = s.charAt(0);
        String cleaned = line(s);
        return "=+-@\t\r".indexOf(first) >= 0 ? "'" + cleaned : cleaned;
    }

    /**
     * Text inert in Markdown, inline (a table cell, a list item, never at the start of a line): {@link #line},
     * then every character with an inline meaning in Markdown or HTML escaped with a backslash or as an entity,
     * so nothing becomes a link, an image, emphasis, code, strike-through, a table column or raw HTML, and no
     * line break can start a heading or a list.
     */
    public static String markdown(String s) {
        String one = line(s);
        StringBuilder b = new StringBuilder(one.length() + 16);
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A GitHub Actions workflow command's message: {@link #block} (no escape character reaches the log), then
     * {@code %}, CR and LF percent-encoded as the runner expects, so the text cannot end the command's line and
     * start another command.
     */
    public static String workflowData(String s) {
        return block(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /**
     * A workflow command's property value ({@code file=}, {@code title=}): one {@link #line}, then {@code %},
     * {@code :} and {@code ,} percent-encoded.
     */
    public static String workflowProperty(String s) {
        return line(s).replace("%", "%25").replace(":", "%3A").replace(",", "%2C");
    }

    /** Whether code point {@code c} is shown as an escape (with {@code keepLines}, LF and tab are kept). */
    static boolean hostile(int c, boolean keepLines) {
        if (c == '\n' || c == '\t') {
            return !keepLines;
        }
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
            return true;
        }
        if (c == 0x2028 || c == 0x2029 || c == 0xFFFE || c == 0xFFFF) {
            return true;
        }
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
            return true; // only lone ones reach here: pairs are read as one code point
        }
        // Cf covers the bidi controls (U+202A-U+202E, U+2066-U+2069, U+200E/F, U+061C) and every other
        // invisible format character.
        return Character.getType(c) == Character.FORMAT;
    }

    private static String clean(String s, boolean keepLines) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (hostile(c, keepLines)) {
                break;
            }
            i += Character.charCount(c);
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        while (i < s.length()) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!hostile(c, keepLines)) {
                b.appendCodePoint(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c > 0xFFFF) {
                b.append(String.format("\\U+%05X", c));
            } else {
                b.append(String.format("\\u%04x", c));
            }
        }
        return b.toString();
    }
}
