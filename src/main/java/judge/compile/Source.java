package judge.compile;

import java.nio.file.Path;
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

    /** What LeetCode imports for every Java solution, plus {@code Pair} (see {@code javafx.util.Pair}). */
    public static final String IMPLICIT_IMPORTS = "import java.util.*; import java.util.function.*; "
            + "import java.util.stream.*; import java.math.*; import javafx.util.*; ";

    public static Source read(Path file) {
        Path shown = ProblemLoader.shown(file);
        String text = TextFiles.readUtf8(file, shown, MAX_BYTES);
        if (text.isBlank()) {
            throw new PackageException(shown + ": the file is empty; expected a Java file with class Solution");
        }
        return of(shown, text);
    }

    public static Source of(Path shown, String text) {
        JavaScan scan = JavaScan.of(text);
        String body = text;
        if (scan.packageStart() >= 0) {
            StringBuilder blanked = new StringBuilder(text);
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

    /** The user's line {@code n} (from 1), for showing under a diagnostic; "" when out of range. */
    public String line(long n) {
        String[] lines = original.split("\r?\n|\r", -1);
        return n >= 1 && n <= lines.length ? lines[(int) n - 1] : "";
    }
}
