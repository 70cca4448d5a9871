package judge.compile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import judge.problem.PackageException;
import judge.problem.ProblemLoader;
import judge.problem.TextFiles;

/**
 * A solution's source as the user wrote it, and as the compiler gets it.
 *
 * <p>LeetCode compiles {@code class Solution} with some imports already in place and accepts a file of any
 * name. To do the same without moving any of the user's lines, the judge puts the implicit imports in front
 * of the first line, blanks out a {@code package} line with spaces, and names the compilation unit after the
 * public top-level class, if there is one. Line numbers therefore stay the user's; only columns on line 1 shift,
 * by {@link #prefixLength()}, which {@link Compiler} takes back off.
 *
 * <p>A file from IntelliJ's leetcode-editor plugin holds the solution between two marker comments inside a
 * wrapper class; the plugin submits only what is between them, and so does the judge: every line outside
 * the region is blanked, so line numbers still match the file ({@link #region()}, {@link #notes()}).
 *
 * <p>{@code language} names the {@link judge.lang.Language} the source is written in; for another language
 * than Java, {@code compiled} is the text as that language's compiler gets it.
 */
public record Source(Path path, String original, String compiled, String unitName, int prefixLength,
        String language) {

    /** A Java source. */
    public Source(Path path, String original, String compiled, String unitName, int prefixLength) {
        this(path, original, compiled, unitName, prefixLength, "java");
    }

    /** Sources larger than this are refused before compiling; LeetCode's own limit is far lower. */
    public static final long MAX_BYTES = 1 << 20;

    /**
     * What LeetCode imports for every Java solution, plus {@code Pair} (see {@code javafx.util.Pair}). A class the
     * solution declares or imports by name always wins over these on-demand imports (JLS 6.4.1), so a user's own
     * {@code Pair} or {@code Node} is not ambiguous; nothing with names clashing with {@code java.util} (such as
     * {@code java.awt.List}) is imported.
     */
    public static final String IMPLICIT_IMPORTS = "import java.util.*; import java.util.function.*; "
            + "import java.util.stream.*; import java.util.concurrent.*; import java.math.*; import java.io.*; "
            + "import javafx.util.*; ";


    private static final Pattern REGION_BEGIN = Pattern.compile("^[ \\t]*//[ \\t]*leetcode submit region begin",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    private static final Pattern REGION_END = Pattern.compile("^[ \\t]*//[ \\t]*leetcode submit region end",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

    /** The lines (from 1, inclusive) between leetcode-editor's two marker comments. */
    public record Region(int firstLine, int lastLine) {}

    public static Source read(Path file) {
        Path shown = ProblemLoader.shown(file);
        String text = TextFiles.readUtf8(file, shown, MAX_BYTES);
        if (text.isBlank()) {
            throw new PackageException(shown + ": the file is empty; expected a Java file with class Solution");
        }
        return of(shown, text);
    }


    public static Source of(Path shown, String text) {
        Region region = region(text);
        String body = region == null ? text : onlyLines(text, region);
        JavaScan scan = JavaScan.of(body);
        if (scan.packageStart() >= 0) {
            StringBuilder blanked = new StringBuilder(body);
            for (int i = scan.packageStart(); i < scan.packageEnd(); i++) {
                if (blanked.charAt(i) != '\n' && blanked.charAt(i) != '\r') {
                    blanked.setCharAt(i, ' ');
                }
            }
            body = blanked.toString();
        }
        String unit = scan.publicType() == null ? "Solution" : scan.publicType();
        return new Source(shown, text, IMPLICIT_IMPORTS + body, unit, IMPLICIT_IMPORTS.length());
    }

    /**
     * leetcode-editor's submit region in {@code text}: the lines between one {@code //leetcode submit region
     * begin(...)} comment and the {@code //leetcode submit region end(...)} after it. {@code null} unless there is
     * exactly one of each in that order: the judge does not guess which of several regions was meant.
     */
    static Region region(String text) {
        List<Integer> begins = lineNumbers(text, REGION_BEGIN);
        List<Integer> ends = lineNumbers(text, REGION_END);
        if (begins.size() != 1 || ends.size() != 1 || ends.get(0) <= begins.get(0)) {
            return null;
        }
        return new Region(begins.get(0) + 1, ends.get(0) - 1);
    }

    /** The submit region this source was cut to, or {@code null} when the whole file is judged. */
    public Region region() {
        return region(original);
    }

    /** One line each for what the judge did to the file before compiling it, for the report ("notes"). */
    public List<String> notes() {
        Region r = region();
        if (r == null) {
            return List.of();
        }
        return List.of("judged only the leetcode-editor submit region, lines " + r.firstLine() + "-" + r.lastLine()
                + " (what the plugin submits); the rest of the file is ignored");
    }

    private static List<Integer> lineNumbers(String text, Pattern marker) {
        List<Integer> lines = new ArrayList<>();
        Matcher m = marker.matcher(text);
        while (m.find()) {
            lines.add(lineOf(text, m.start()));
        }
        return lines;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** {@code text} with every line outside {@code keep} emptied, its line breaks kept. */
    private static String onlyLines(String text, Region keep) {
        StringBuilder out = new StringBuilder(text.length());
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r';
            if (lineBreak || (line >= keep.firstLine() && line <= keep.lastLine())) {
                out.append(c);
            }
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return out.toString();
    }

    /** The user's line {@code n} (from 1), for showing under a diagnostic; "" when out of range. */
    public String line(long n) {
        String[] lines = original.split("\r?\n|\r", -1);
        return n >= 1 && n <= lines.length ? lines[(int) n - 1] : "";
    }
}
