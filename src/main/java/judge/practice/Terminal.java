package judge.practice;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the judge knows of the terminal it runs in. */
public final class Terminal {
    public static final int DEFAULT_WIDTH = 80;

    private Terminal() {}

    /**
     * Whether a person is at a terminal: standard input and output are one. On Java 22 and later
     * {@code System.console()} exists also when output is piped, and {@code Console.isTerminal()} tells.
     */
    public static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 17 to 21: a console exists only on a terminal
        }
    }

    /** {@code COLUMNS} if set, else the terminal's width ({@code stty size}), else {@value #DEFAULT_WIDTH}. */
    public static int width(Map<String, String> env, boolean terminal) {
        String columns = env.get("COLUMNS");
        if (columns != null && columns.matches("\\d{1,4}") && Integer.parseInt(columns) >= 20) {
            return Integer.parseInt(columns);
        }
        if (terminal) {
            try {
                Process p = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes()).strip();
                if (p.waitFor(2, TimeUnit.SECONDS) && out.matches("\\d+ \\d+")) {
                    int w = Integer.parseInt(out.split(" ")[1]);
                    if (w >= 20) {
                        return w;
                    }
                }
            } catch (Exception e) {
                // fall through to the default
            }
        }
        return DEFAULT_WIDTH;
    }

    /**
     * Columns a character takes in a terminal: 2 for East Asian wide and full-width characters (Chinese,
     * Japanese, Korean, full-width punctuation), 0 for combining marks, else 1.
     */
    public static int width(int cp) {
        if (cp == 0 || Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0x200B) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    public static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** Columns a text takes, escape sequences not counted. */
    public static int width(String s) {
        String plain = Style.strip(s);
        int w = 0;
        for (int i = 0; i < plain.length(); ) {
            int cp = plain.codePointAt(i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** {@code s} padded with spaces to {@code columns} columns. */
    public static String pad(String s, int columns) {
        int w = width(s);
        return w >= columns ? s : s + " ".repeat(columns - w);
    }
}
