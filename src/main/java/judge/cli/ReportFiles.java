package judge.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import judge.grading.GradeReport;
import judge.problem.ProblemLoader;
import judge.report.GradeCsv;
import judge.report.GradeJson;
import judge.report.JUnitXml;
import picocli.CommandLine.Option;

/**
 * The report files of {@code grade} and {@code merge} (and {@code submit --junit-xml}), each written whole or not
 * at all.
 *
 * <p>Every path is checked before any judging ({@link #check}): a missing folder is created, and a path that
 * cannot be written (a folder, a device, a folder where no file can be made) is a usage error at once, naming the
 * path as the user gave it. A report is written to a new file beside its target, created with the default
 * permissions (so the umask decides, 0644 under 022), then moved over the target.
 */
final class ReportFiles {
    @Option(names = "--json", paramLabel = "FILE", description = "Also write the JSON report to FILE (what judge"
            + " merge reads).")
    Path json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write a CSV report, a row per submission.")
    Path csv;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write JUnit XML: a test suite per"
            + " student, a test case per problem.")
    Path junitXml;

    /** Checks every report path before the work starts; a usage error (exit 2) for one that cannot be written. */
    void check() {
        check("--json", json);
        check("--csv", csv);
        check("--junit-xml", junitXml);
    }

    /**
     * Writes every report file asked for, after the report was printed; a file that fails is told on
     * {@code err}. Returns whether all were written.
     */
    boolean write(GradeReport report, java.io.PrintStream err) {
        List<Boolean> ok = new ArrayList<>();
        ok.add(write(json, () -> GradeJson.render(report) + "\n", err));
        ok.add(write(csv, () -> GradeCsv.render(report), err));
        ok.add(write(junitXml, () -> JUnitXml.render(report), err));
        return !ok.contains(false);
    }

    /**
     * Checks that {@code file} (given with {@code option}) can be written: its folder is created if missing, it is
     * not a folder or any other non-regular file, and a new file can be made beside it.
     */
    static void check(String option, Path file) {
        if (file == null) {
            return;
        }
        String shown = option + " " + ProblemLoader.shown(file);
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new JudgeCommand.UsageException(shown + ": is a folder; expected a file name");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
            throw new JudgeCommand.UsageException(shown + ": exists and is not a regular file");
        }
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new JudgeCommand.UsageException(shown + ": cannot create its folder (" + reason(e) + ")");
        }
        Path probe = sibling(target);
        try {
            Files.createFile(probe);
        } catch (IOException e) {
            throw new JudgeCommand.UsageException(shown + ": cannot be written (" + reason(e) + ")");
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException e) {
                // The probe is empty and hidden; nothing else to do.
            }
        }
    }

    /** Writes {@code text} to {@code file} whole, or tells {@code err} why not; {@code true} when written. */
    static boolean write(Path file, Supplier<String> text, java.io.PrintStream err) {
        if (file == null) {
            return true;
        }
        try {
            writeAtomically(file.toAbsolutePath().normalize(), text.get());
            return true;
        } catch (IOException e) {
            err.println("judge: cannot write the report " + ProblemLoader.shown(file) + " (" + reason(e) + ")");
            return false;
        }
    }

    /**
     * Writes a new file beside {@code file} and moves it over {@code file}. The new file is made with
     * {@link Files#newOutputStream}'s default permissions, which the umask trims (not createTempFile's 0600).
     */
    static void writeAtomically(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = sibling(file);
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                // getBytes, unlike writeString, never fails: a lone surrogate becomes '?'.
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path sibling(Path file) {
        return file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8)
                + ".tmp");
    }

    /** Why an operation failed, without the internal file's name that the exception's message carries. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
