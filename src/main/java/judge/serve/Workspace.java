package judge.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import judge.compile.Source;
import judge.lang.Language;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.TextFiles;

/**
 * The folder the page's editor saves to: {@code DIR/0076-minimum-window-substring/Solution.java}, the path
 * {@code judge new} writes, so the CLI, an IDE and the page all edit one file.
 */
public final class Workspace {
    /** A saved file: its text and when it was last written. */
    public record Saved(String text, Instant modified) {}

    private final Path root;

    public Workspace(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The problem's file in {@code language}: the folder {@code judge new} makes (NewCommand.defaultDir). */
    public Path file(Problem p, Language language) {
        return root.resolve(String.format("%04d-%s", p.id(), p.slug())).resolve(language.stubFileName(p));
    }

    /** The file as the CLI shows a path: relative to the current folder when under it. */
    public String shown(Problem p, Language language) {
        return ProblemLoader.shown(file(p, language)).toString();
    }

    /** The saved text, or {@code null} when there is no file yet. */
    public Saved read(Problem p, Language language) {
        Path file = file(p, language);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            return new Saved(TextFiles.readUtf8(file, ProblemLoader.shown(file), Source.MAX_BYTES), modified);
        } catch (IOException e) {
            throw new Api.Refused(500, shown(p, language) + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Writes {@code text} to the problem's file, whole or not at all (a temporary file renamed over it), so a
     * watching IDE or {@code judge watch} never sees half a save. A symbolic link in its place is refused.
     */
    public void save(Problem p, Language language, String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length > Source.MAX_BYTES) {
            throw new Api.Refused(413, "/code: the source is larger than " + (Source.MAX_BYTES >> 10) + " KiB");
        }
        Path file = file(p, language);
        if (Files.isSymbolicLink(file) || Files.isSymbolicLink(file.getParent())) {
            throw new Api.Refused(400, shown(p, language) + ": is a symbolic link; the page writes only plain files");
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".serve", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new Api.Refused(500, shown(p, language) + ": cannot be written (" + e.getMessage() + ")");
        }
    }
}
