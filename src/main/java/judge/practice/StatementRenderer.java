package judge.practice;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a problem statement (the small Markdown of {@code statement.md}: headings, paragraphs, {@code **bold**},
 * {@code *italic*}, {@code `code`}, fenced code blocks, {@code -} and {@code 1.} lists) for a terminal: wrapped to a
 * width counted in columns (a Chinese character takes two), styled through {@link Style}, and with the Markdown
 * markers gone also when plain.
 */
public final class StatementRenderer {
    private static final int BOLD = 1;
    private static final int CODE = 2;
    private static final int ITALIC = 4;

    /** Characters a line may not start with (closing punctuation), in Chinese and English text. */
    private static final String NO_BREAK_BEFORE = "，。、：；？！）」』】》”’,.;:!?)]}";

    private final int width;
    private final Style style;

    public StatementRenderer(int width, Style style) {
        this.width = Math.max(20, width);
        this.style = style;
    }

    public String render(String markdown) {
        List<String> lines = markdown.replace("\r\n", "\n").replace('\t', ' ').lines().toList();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                i++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (trimmed.startsWith("```")) {
                i++;
                while (i < lines.size() && !lines.get(i).strip().startsWith("```")) {
                    String code = lines.get(i).stripTrailing();
                    if (4 + Terminal.width(code) <= width) {
                        out.append("    ").append(style.cyan(code)).append('\n');
                    } else {
                        // Too wide for the terminal: wrapped at spaces, continued under its start.
                        for (String l : wrap(List.of(new Span(code.strip(), CODE)), "    ", "      ")) {
                            out.append(l).append('\n');
                        }
                    }
                    i++;
                }
                i++;
            } else if (trimmed.matches("#{1,6} .*")) {
                int level = trimmed.indexOf(' ');
                String text = trimmed.substring(level).strip();
                String rendered = String.join("\n", wrap(inline(text, BOLD), "", ""));
                out.append(rendered).append('\n');
                if (level == 1 && !style.color()) {
                    out.append("=".repeat(Math.min(width, Terminal.width(rendered)))).append('\n');
                }
                i++;
            } else if (isListItem(trimmed)) {
                while (i < lines.size() && isListItem(lines.get(i).strip())) {
                    String item = lines.get(i).strip();
                    String marker;
                    String text;
                    if (item.startsWith("- ") || item.startsWith("* ")) {
                        marker = style.color() ? "  • " : "  - ";
                        text = item.substring(2);
                    } else {
                        int dot = item.indexOf(". ");
                        marker = "  " + item.substring(0, dot + 1) + " ";
                        text = item.substring(dot + 2);
                    }
                    i++;
                    while (i < lines.size() && lines.get(i).startsWith("  ") && !lines.get(i).isBlank()
                            && !isListItem(lines.get(i).strip())) {
                        text = join(text, lines.get(i).strip());
                        i++;
                    }
                    String hang = " ".repeat(Terminal.width(marker));
                    for (String l : wrap(inline(text, 0), marker, hang)) {
                        out.append(l).append('\n');
                    }
                }
            } else {
                String text = trimmed;
                i++;
                while (i < lines.size() && !lines.get(i).isBlank() && !startsBlock(lines.get(i).strip())) {
                    text = join(text, lines.get(i).strip());
                    i++;
                }
                for (String l : wrap(inline(text, 0), "", "")) {
                    out.append(l).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static boolean isListItem(String s) {
        return s.startsWith("- ") || s.startsWith("* ") && !s.startsWith("**") || s.matches("\\d{1,3}\\. .*");
    }

    private static boolean startsBlock(String s) {
        return s.startsWith("```") || s.matches("#{1,6} .*") || isListItem(s);
    }

    /** Joins two lines of one paragraph: with a space, except where Chinese text continues. */
    static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        int last = a.codePointBefore(a.length());
        int next = b.codePointAt(0);
        boolean tight = Terminal.isWide(last) && Terminal.isWide(next) || isWidePunctuation(last)
                || isWidePunctuation(next);
        return a + (tight ? "" : " ") + b;
    }

    private static boolean isWidePunctuation(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20)
                || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65);
    }

    /** A run of text in one style. */
    private record Span(String text, int style) {}

    /** Splits {@code **bold**}, {@code *italic*} and {@code `code`} into spans; unmatched markers stay text. */
    private static List<Span> inline(String text, int base) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = -1;
            int flag = 0;
            int markerLength = 0;
            if (c == '`') {
                end = text.indexOf('`', i + 1);
                flag = CODE;
                markerLength = 1;
            } else if (text.startsWith("**", i)) {
                end = text.indexOf("**", i + 2);
                flag = BOLD;
                markerLength = 2;
            } else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) != ' ') {
                end = text.indexOf('*', i + 1);
                flag = ITALIC;
                markerLength = 1;
            }
            if (end > i + markerLength - 1 && end > i) {
                if (!plain.isEmpty()) {
                    spans.add(new Span(plain.toString(), base));
                    plain.setLength(0);
                }
                String inner = text.substring(i + markerLength, end);
                if (flag == CODE) {
                    spans.add(new Span(inner, base | CODE));
                } else {
                    for (Span s : inline(inner, base | flag)) {
                        spans.add(s);
                    }
                }
                i = end + markerLength;
            } else {
                plain.append(c);
                i++;
            }
        }
        if (!plain.isEmpty()) {
            spans.add(new Span(plain.toString(), base));
        }
        return spans;
    }

    /**
     * Wraps spans to the width: breaks at spaces, and between Chinese characters (never before closing
     * punctuation). {@code first} starts the first line, {@code rest} every other.
     */
    private List<String> wrap(List<Span> spans, String first, String rest) {
        // Atoms: a word, one wide character with any punctuation that must stay with it, or a space.
        List<List<Span>> atoms = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        boolean lastWide = false;
        for (Span span : spans) {
            String t = span.text();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                i += Character.charCount(cp);
                if (cp == ' ') {
                    if (!current.isEmpty()) {
                        atoms.add(current);
                        current = new ArrayList<>();
                    }
                    if (atoms.isEmpty() || !isSpace(atoms.get(atoms.size() - 1))) {
                        atoms.add(List.of(new Span(" ", 0)));
                    }
                    lastWide = false;
                    continue;
                }
                boolean wide = Terminal.isWide(cp);
                boolean glue = NO_BREAK_BEFORE.indexOf(cp) >= 0;
                if (!current.isEmpty() && !glue && (wide || lastWide)) {
                    atoms.add(current);
                    current = new ArrayList<>();
                }
                append(current, ch, span.style());
                lastWide = wide;
            }
        }
        if (!current.isEmpty()) {
            atoms.add(current);
        }
        List<String> lines = new ArrayList<>();
        List<Span> line = new ArrayList<>();
        String prefix = first;
        int used = Terminal.width(first);
        int indent = used;
        boolean pendingSpace = false;
        for (List<Span> atom : atoms) {
            if (isSpace(atom)) {
                pendingSpace = used > indent;
                continue;
            }
            int w = 0;
            for (Span s : atom) {
                w += Terminal.width(s.text());
            }
            if (used > indent && used + (pendingSpace ? 1 : 0) + w > width) {
                lines.add(prefix + styled(line));
                line = new ArrayList<>();
                prefix = rest;
                used = Terminal.width(rest);
                indent = used;
                pendingSpace = false;
            }
            if (pendingSpace) {
                // A space between two words of one style takes that style, so that a run is styled once.
                int before = line.get(line.size() - 1).style();
                append(line, " ", before == atom.get(0).style() ? before : 0);
                used++;
            }
            for (Span s : atom) {
                append(line, s.text(), s.style());
            }
            used += w;
            pendingSpace = false;
        }
        lines.add(prefix + styled(line));
        return lines;
    }

    private static boolean isSpace(List<Span> atom) {
        return atom.size() == 1 && atom.get(0).text().equals(" ");
    }

    private static void append(List<Span> atom, String ch, int style) {
        if (!atom.isEmpty() && atom.get(atom.size() - 1).style() == style) {
            Span last = atom.remove(atom.size() - 1);
            atom.add(new Span(last.text() + ch, style));
        } else {
            atom.add(new Span(ch, style));
        }
    }

    private String styled(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span s : spans) {
            String t = s.text();
            if ((s.style() & CODE) != 0) {
                t = style.cyan(t);
            }
            if ((s.style() & ITALIC) != 0) {
                t = style.italic(t);
            }
            if ((s.style() & BOLD) != 0) {
                t = style.bold(t);
            }
            out.append(t);
        }
        return out.toString();
    }
}
