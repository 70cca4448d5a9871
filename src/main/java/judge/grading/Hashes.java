package judge.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 fingerprints of sources and problem packages, for {@code --resume}. */
public final class Hashes {
    private Hashes() {}

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /**
     * A fingerprint of everything in a package that decides a verdict (problem.json, tests, reference, checker and
     * validator code), so that a grade is not reused after a package's tests change. Statements, submissions and
     * generators do not count.
     */
    public static String packageSha256(Path dir) {
        MessageDigest sha = digest();
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(Files::isRegularFile).filter(p -> counts(dir.relativize(p))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the package " + dir, e);
        }
        for (Path file : files) {
            try {
                sha.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static boolean counts(Path relative) {
        String first = relative.getName(0).toString();
        return relative.getNameCount() == 1 ? first.equals("problem.json")
                : List.of("tests", "reference", "checker", "validator").contains(first);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
