package judge.problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder of problem packages ({@code problems/}). Finds a problem by number ({@code 76}, {@code 0076}),
 * slug ({@code minimum-window-substring}) or folder name, and on the command line by the path of a package's folder.
 */
public final class ProblemRepository {
    private final Path root;

    public ProblemRepository(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Every package folder, in order of their names. */
    public List<Path> packages() {
        if (!Files.isDirectory(root)) {
            throw new PackageException(ProblemLoader.shown(root) + ": the problems folder does not exist");
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("problem.json"))).sorted().toList();
        } catch (IOException e) {
            throw new PackageException(ProblemLoader.shown(root) + ": cannot be listed (" + e.getMessage() + ")");
        }
    }

    public Problem find(String query) {
        java.util.Optional<Path> dir = lookup(query);
        if (dir.isPresent()) {
            return ProblemLoader.load(dir.get());
        }
        Path folder = packageFolder(query);
        if (folder != null) {
            return ProblemLoader.load(folder);
        }
        List<Path> all = packages();
        StringBuilder known = new StringBuilder();
        for (Path d : all) {
            known.append("\n  ").append(d.getFileName());
        }
        throw new PackageException("unknown problem \"" + query + "\"; give a number, a slug, a folder name or the"
                + " path of a package's folder."
                + (all.isEmpty() ? " No problems found in " + ProblemLoader.shown(root) : " Known problems:" + known));
    }

    /**
     * The folder at the path {@code query} ({@code problems/0076-minimum-window-substring/} as a shell completes it,
     * {@code .} inside a package), if it holds a problem.json: the command line takes it as a package wherever it
     * is, as {@code --problems} takes a folder of them.
     */
    private static Path packageFolder(String query) {
        try {
            Path path = Path.of(query);
            return Files.isRegularFile(path.resolve("problem.json")) ? path.toAbsolutePath().normalize() : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** The package folder that {@code query} names (a number, a slug or a folder name), if there is one. */
    public java.util.Optional<Path> lookup(String query) {
        String q = query.strip().toLowerCase(java.util.Locale.ROOT);
        for (Path dir : packages()) {
            String name = dir.getFileName().toString();
            int dash = name.indexOf('-');
            String number = dash > 0 ? name.substring(0, dash) : name;
            String slug = dash > 0 ? name.substring(dash + 1) : name;
            boolean byNumber = q.matches("\\d{1,5}") && number.matches("\\d+")
                    && Integer.parseInt(q) == Integer.parseInt(number);
            if (byNumber || q.equals(slug) || q.equals(name)) {
                return java.util.Optional.of(dir);
            }
        }
        return java.util.Optional.empty();
    }
}
