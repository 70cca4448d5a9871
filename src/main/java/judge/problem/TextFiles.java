package judge.problem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads text files strictly as UTF-8, with messages that say which file and what is wrong with it. */
public final class TextFiles {
    private TextFiles() {}

    public static String readUtf8(Path file, Path shown) {
        return readUtf8(file, shown, Long.MAX_VALUE);
    }

    /** Reads {@code file}, refusing directories, files over {@code maxBytes} and bytes that are not UTF-8. */
    public static String readUtf8(Path file, Path shown, long maxBytes) {
        if (Files.isDirectory(file)) {
            throw new PackageException(shown + ": is a directory, not a file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new PackageException(shown + ": the file is " + humanSize(size) + "; the limit is "
                        + humanSize(maxBytes));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PackageException(shown + ": no such file");
        } catch (AccessDeniedException e) {
            throw new PackageException(shown + ": permission denied");
        } catch (IOException e) {
            throw new PackageException(shown + ": cannot be read (" + e.getMessage() + ")");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new PackageException(shown + ":" + line + ": not valid UTF-8 (byte 0x"
                    + String.format("%02X", bytes[offset] & 0xFF) + " at offset " + offset
                    + "); save the file as UTF-8");
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    public static String humanSize(long bytes) {
        if (bytes >= 1 << 20) {
            return String.format("%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1 << 10) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }

    /**
     * Writes {@code text} to {@code file} through a temporary file beside it, renamed into place: a reader sees
     * the old file or the new one, never half of one, and an interrupted write leaves the old file as it was.
     */
    public static void writeAtomically(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
        try {
            // getBytes, unlike writeString, never fails: a lone surrogate (from a solution's output) becomes '?'.
            Files.write(tmp, text.getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
