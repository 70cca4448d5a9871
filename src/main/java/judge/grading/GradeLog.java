package judge.grading;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import judge.problem.PackageException;
import judge.problem.ProblemLoader;
import judge.report.GradeJson;

/**
 * The results log of a grading run: one JSON line per graded submission, appended and flushed as each one
 * finishes, so that a run killed half-way loses only the submissions it was judging. {@code --resume} reads it
 * back. The file is locked while a run writes it, so two runs never interleave their lines.
 */
public final class GradeLog implements Closeable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private GradeLog(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Opens {@code file} for writing: emptied, or kept and appended to when {@code append}. */
    public static GradeLog open(Path file, boolean append) {
        Path shown = ProblemLoader.shown(file);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null; // this process holds it already
            }
            if (lock == null) {
                channel.close();
                throw new PackageException(shown + ": another grading run is writing this results log; wait for it"
                        + " or give this one another --log FILE");
            }
            if (!append) {
                channel.truncate(0);
            }
            channel.position(channel.size());
            GradeLog log = new GradeLog(file, channel, lock);
            if (channel.size() > 0 && !endsWithNewline(channel)) {
                log.write("\n"); // the last line of a killed run was cut short; keep it apart from the next
            }
            return log;
        } catch (IOException e) {
            throw new PackageException(shown + ": cannot write the results log (" + e.getMessage() + ")");
        }
    }

    private static boolean endsWithNewline(FileChannel channel) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, channel.size() - 1);
        return last.get(0) == '\n';
    }

    /** Appends one grade as a line and hands it to the operating system at once. */
    public synchronized void append(Grade grade) {
        write(GradeJson.line(grade) + "\n");
    }

    private void write(String text) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results log " + ProblemLoader.shown(file), e);
        }
    }

    /**
     * The grades in {@code file}, oldest first; none if it does not exist. A line that cannot be read (the last
     * one of a run that was killed while writing it) is reported to {@code warn} and left out: its submission is
     * graded again.
     */
    public static List<Grade> read(Path file, Consumer<String> warn) {
        Path shown = ProblemLoader.shown(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new PackageException(shown + ": cannot read the results log (" + e.getMessage() + ")");
        }
        List<Grade> grades = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                grades.add(GradeJson.parseLine(lines.get(i), shown + ":" + (i + 1)));
            } catch (PackageException e) {
                warn.accept(e.getMessage() + "; that submission will be graded again");
            }
        }
        return grades;
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
