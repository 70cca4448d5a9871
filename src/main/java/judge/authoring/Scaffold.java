package judge.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import judge.problem.PackageException;
import judge.problem.ProblemLoader;

/**
 * Writes a new problem package ({@code judge new-problem}): every file of the format, filled with a small
 * placeholder problem (the largest element of an array) that is a working example of each, and {@code TODO}
 * marks where the author's own problem goes. {@code judge verify} fails on every {@code TODO} left, so an
 * untouched package never passes; once they are replaced (and the generator run) it can.
 *
 * <p>The package is written into a hidden temporary folder beside its final place and moved there in one
 * step, so that a failure leaves nothing half-written; an existing folder is never touched.
 */
public final class Scaffold {
    /** The template files, under {@code judge/authoring/scaffold/} on the class path, as package paths. */
    static final List<String> FILES = List.of(
            "README.md",
            "statement.md",
            "statement.zh.md",
            "tests/examples.json",
            "generator/GenerateTests.java",
            "reference/Solution.java",
            "submissions/accepted/SortThenLast.java",
            "submissions/wrong_answer/StartsAtZero.java",
            "submissions/time_limit_exceeded/CompareWithEveryOther.java",
            // Last: a folder holding problem.json is a package to the judge, so it comes when all else is there.
            "problem.json");

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private Scaffold() {}

    /** The folder name of a package: {@code 0200-number-of-islands}. */
    public static String folderName(int id, String slug) {
        return String.format(Locale.ROOT, "%04d-%s", id, slug);
    }

    /** A title made of the slug's words: {@code number-of-islands} gives {@code Number Of Islands}. */
    public static String titleOf(String slug) {
        StringBuilder out = new StringBuilder();
        for (String word : slug.split("-")) {
            out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    /**
     * Writes package {@code id} named {@code slug} into {@code problemsDir} and returns its folder. Throws
     * {@link PackageException} with a sentence for the user when the slug, id or title is not usable, the
     * folder does not exist, or a package with this id or slug is there already.
     */
    public static Path create(Path problemsDir, int id, String slug, String title) {
        if (!slug.matches(SLUG)) {
            throw new PackageException("bad slug \"" + slug + "\": expected lower-case letters and digits in words"
                    + " joined by '-', like number-of-islands");
        }
        if (id < 1 || id > 99999) {
            throw new PackageException("bad id " + id + ": expected a problem number from 1 to 99999");
        }
        if (title.isBlank() || title.contains("\n")) {
            throw new PackageException("bad title: expected one line of text");
        }
        if (!Files.isDirectory(problemsDir)) {
            throw new PackageException(ProblemLoader.shown(problemsDir) + ": the problems folder does not exist");
        }
        Path target = problemsDir.resolve(folderName(id, slug));
        if (Files.exists(target)) {
            throw new PackageException(ProblemLoader.shown(target) + " exists already; new-problem never"
                    + " overwrites a folder");
        }
        for (Path other : list(problemsDir)) {
            String name = other.getFileName().toString();
            int dash = name.indexOf('-');
            if (dash > 0 && name.substring(0, dash).matches("\\d+")
                    && (Integer.parseInt(name.substring(0, dash)) == id || name.substring(dash + 1).equals(slug))) {
                throw new PackageException("problem " + name + " already has this " + (name.substring(dash + 1)
                        .equals(slug) ? "slug" : "id") + " (" + ProblemLoader.shown(other) + ")");
            }
        }
        Path temp = null;
        try {
            temp = Files.createTempDirectory(problemsDir, ".new-" + folderName(id, slug) + "-");
            for (String file : FILES) {
                Path to = temp.resolve(file);
                Files.createDirectories(to.getParent());
                Files.writeString(to, fill(template(file), id, slug, title), StandardCharsets.UTF_8);
            }
            Files.createDirectories(temp.resolve("tests").resolve("hidden"));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            temp = null;
            return target;
        } catch (IOException e) {
            throw new PackageException(ProblemLoader.shown(target) + ": cannot be written (" + e.getMessage() + ")");
        } finally {
            if (temp != null) {
                delete(temp);
            }
        }
    }

    static String fill(String template, int id, String slug, String title) {
        return template
                .replace("{{id}}", String.valueOf(id))
                .replace("{{folder}}", folderName(id, slug))
                .replace("{{slug-json}}", TestWriter.json(slug))
                .replace("{{title-json}}", TestWriter.json(title))
                .replace("{{title}}", title);
    }

    private static String template(String file) throws IOException {
        try (InputStream in = Scaffold.class.getResourceAsStream("scaffold/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the judge's scaffold template " + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new PackageException(ProblemLoader.shown(dir) + ": cannot be listed (" + e.getMessage() + ")");
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
