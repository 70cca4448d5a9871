package judge.practice;

import java.util.Map;

/**
 * Colours and emphasis for a terminal, or none. {@code --color auto} (the default) colours only on a terminal
 * and only when {@code NO_COLOR} is unset or empty (https://no-color.org) and {@code TERM} is not
 * {@code dumb}; {@code always} and {@code never} say it outright.
 */
public record Style(boolean color) {
    public enum Mode { auto, always, never }

    public static final Style PLAIN = new Style(false);

    public static Style resolve(Mode mode, Map<String, String> env, boolean terminal) {
        return switch (mode) {
            case always -> new Style(true);
            case never -> PLAIN;
            case auto -> new Style(terminal && (env.get("NO_COLOR") == null || env.get("NO_COLOR").isEmpty())
                    && !"dumb".equals(env.get("TERM")));
        };
    }

    public String bold(String s) {
        return sgr("1", s);
    }

    public String italic(String s) {
        return sgr("3", s);
    }

    public String dim(String s) {
        return sgr("2", s);
    }

    public String green(String s) {
        return sgr("32", s);
    }

    public String red(String s) {
        return sgr("31", s);
    }

    public String yellow(String s) {
        return sgr("33", s);
    }

    public String cyan(String s) {
        return sgr("36", s);
    }

    /** A verdict or status in its colour: green when good, red when not, yellow for work in progress. */
    public String verdict(String code, String text) {
        return switch (code) {
            case "ACCEPTED", "PASSED", "SOLVED" -> green(text);
            case "ATTEMPTED" -> yellow(text);
            case "UNTOUCHED" -> text;
            default -> red(text);
        };
    }

    /** A report whose first line (the verdict) is coloured as {@link #verdict}; unchanged when plain. */
    public String firstLine(String code, String report) {
        int end = report.indexOf('\n');
        if (!color || end <= 0) {
            return report;
        }
        return verdict(code, bold(report.substring(0, end))) + report.substring(end);
    }

    /** Easy green, Medium yellow, Hard red, as LeetCode shows them. */
    public String difficulty(String d, String text) {
        return switch (d) {
            case "Easy" -> green(text);
            case "Medium" -> yellow(text);
            case "Hard" -> red(text);
            default -> text;
        };
    }

    private String sgr(String code, String s) {
        return color && !s.isEmpty() ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    /** Removes this class's escape sequences: what a styled text looks like plain. */
    public static String strip(String s) {
        return s.replaceAll("\u001b\\[[0-9;]*m", "");
    }
}
