package judge.grading;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import judge.compile.Source;
import judge.lang.Language;
import judge.lang.Languages;
import judge.problem.JsonFile;
import judge.problem.PackageException;
import judge.problem.Problem;
import judge.problem.ProblemLoader;
import judge.problem.ProblemRepository;
import judge.problem.TextFiles;

/**
 * Finds the submissions to grade, either in a folder laid out by student or from a manifest, and lists whatever
 * it cannot place as {@link Skipped}, with the reason. Submissions come out in {@link Submission#ORDER}.
 *
 * <p>Layout of a folder: {@code DIR/<student>/<problem>.java} or {@code DIR/<student>/<problem>/Solution.java}
 * (a problem folder with a single {@code .java} file of another name is accepted too), the same with every other
 * language's extension and stub file ({@code alice/76.py}, {@code alice/76/solution.py}), so that a class may
 * mix languages; the problem given by number ({@code 76}, {@code 0076}) or slug. Names starting with a dot ({@code .git}) are ignored.
 *
 * <p>A manifest is JSON (an array of objects with {@code student}, {@code problem} and {@code path}) or CSV
 * (a header naming those three columns, in any order); its paths are relative to the manifest's folder.
 */
public final class Discovery {
    private final ProblemRepository problems;
    private final Map<String, Problem> byKey = new HashMap<>();
    private final List<Submission> found = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final Map<String, Path> seen = new HashMap<>();

    /** What was found: the submissions, and what could not be placed. */
    public record Found(List<Submission> submissions, List<Skipped> skipped) {
        public Found {
            submissions = submissions.stream().sorted(Submission.ORDER).toList();
            skipped = skipped.stream().sorted(java.util.Comparator.comparing(Skipped::path)).toList();
        }
    }

    private final boolean outside;

    private Discovery(ProblemRepository problems, boolean outside) {
        this.problems = problems;
        this.outside = outside;
    }

    /** The submissions in {@code dir}, laid out by student. */
    public static Found scan(Path dir, ProblemRepository problems) {
        if (!Files.isDirectory(dir)) {
            throw new PackageException(ProblemLoader.shown(dir) + ": not a folder; expected a folder of"
                    + " submissions laid out as <student>/<problem>.java or <student>/<problem>/Solution.java");
        }
        Discovery d = new Discovery(problems, false);
        for (Path entry : list(dir)) {
            switch (d.kind(entry)) {
                case FOLDER -> d.student(entry);
                case FILE -> d.skip(entry, "not inside a student's folder; expected <student>/<problem>.java");
                default -> { }
            }
        }
        return new Found(d.found, d.skipped);
    }

    private void student(Path dir) {
        String student = dir.getFileName().toString();
        List<Path> entries = listOrSkip(dir);
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            switch (kind(entry)) {
                case FOLDER -> solutionFolder(student, entry);
                case FILE -> {
                    Language language = Languages.byExtension(entry);
                    if (language != null) {
                        String lower = name.toLowerCase(Locale.ROOT);
                        String ext = language.extensions().stream().filter(lower::endsWith).findFirst().orElseThrow();
                        add(student, name.substring(0, name.length() - ext.length()), entry);
                    } else {
                        skip(entry, "not a " + extensions() + " file");
                    }
                }
                default -> { }
            }
        }
    }

    private void solutionFolder(String student, Path dir) {
        List<Path> sources = new ArrayList<>();
        for (Path entry : listOrSkip(dir)) {
            if (Languages.byExtension(entry) != null && kind(entry) == Kind.FILE) {
                sources.add(entry);
            }
        }
        Path solution = null;
        for (Language language : Languages.all()) {
            for (Path source : sources) {
                if (solution == null && source.getFileName().toString().equals(language.stubFileName())) {
                    solution = source;
                }
            }
        }
        if (solution != null) {
            add(student, dir.getFileName().toString(), solution);
        } else if (sources.size() == 1) {
            add(student, dir.getFileName().toString(), sources.get(0));
        } else {
            skip(dir, sources.isEmpty() ? "no " + stubNames() + " in this folder"
                    : "several " + extensions() + " files and none named " + stubNames());
        }
    }

    /** {@code .java}, or {@code .java or .py} with Python: what a solution file may end with. */
    private static String extensions() {
        return String.join(" or ", Languages.all().stream().flatMap(l -> l.extensions().stream()).toList());
    }

    /** {@code Solution.java or solution.py}. */
    private static String stubNames() {
        return String.join(" or ", Languages.all().stream().map(Language::stubFileName).toList());
    }

    /** The submissions a manifest lists (JSON or CSV, by its extension), all inside the manifest's folder. */
    public static Found manifest(Path file, ProblemRepository problems) {
        return manifest(file, problems, false);
    }

    /**
     * The submissions a manifest lists; with {@code outside}, its paths may also be absolute, climb out of its
     * folder with {@code ..} and pass through symbolic links (what {@code grade --manifest-outside} allows).
     */
    public static Found manifest(Path file, ProblemRepository problems, boolean outside) {
        Path shown = ProblemLoader.shown(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Discovery d = new Discovery(problems, outside);
        Path base = file.toAbsolutePath().normalize().getParent();
        if (name.endsWith(".json")) {
            JsonFile json = JsonFile.read(file, shown);
            if (!json.root().isArray()) {
                throw json.fail("", "expected an array of {\"student\", \"problem\", \"path\"} objects");
            }
            for (int i = 0; i < json.root().size(); i++) {
                JsonNode entry = json.root().get(i);
                String pointer = "/" + i;
                if (!entry.isObject()) {
                    throw json.fail(pointer, "expected an object with \"student\", \"problem\" and \"path\"");
                }
                String student = field(json, entry, pointer, "student");
                String problem = field(json, entry, pointer, "problem");
                String path = field(json, entry, pointer, "path");
                var names = entry.fieldNames();
                while (names.hasNext()) {
                    String f = names.next();
                    if (!List.of("student", "problem", "path").contains(f)) {
                        throw json.fail(pointer + "/" + f, "unknown field \"" + f
                                + "\"; expected student, problem and path");
                    }
                }
                d.manifestEntry(student, problem, base, path);
            }
        } else if (name.endsWith(".csv")) {
            List<List<String>> rows = Csv.parse(TextFiles.readUtf8(file, shown), shown);
            if (rows.isEmpty()) {
                throw new PackageException(shown + ": the file is empty; expected a header line student,problem,path");
            }
            List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            int student = header.indexOf("student");
            int problem = header.indexOf("problem");
            int path = header.indexOf("path");
            if (student < 0 || problem < 0 || path < 0) {
                throw new PackageException(shown + ":1: expected a header naming the columns student, problem and"
                        + " path; found " + String.join(",", rows.get(0)));
            }
            for (int i = 1; i < rows.size(); i++) {
                List<String> row = rows.get(i);
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                if (row.size() != header.size()) {
                    throw new PackageException(shown + ":" + (i + 1) + ": expected " + header.size()
                            + " columns like the header; found " + row.size());
                }
                for (int column : new int[] {student, problem, path}) {
                    if (row.get(column).isBlank()) {
                        throw new PackageException(shown + ":" + (i + 1) + ": the " + header.get(column)
                                + " column is empty");
                    }
                }
                d.manifestEntry(row.get(student).strip(), row.get(problem).strip(), base, row.get(path).strip());
            }
        } else {
            throw new PackageException(shown + ": expected a manifest ending in .json or .csv");
        }
        return new Found(d.found, d.skipped);
    }

    private static String field(JsonFile json, JsonNode entry, String pointer, String name) {
        JsonNode value = entry.get(name);
        if (value == null) {
            throw json.fail(pointer, "missing \"" + name + "\"");
        }
        if (!value.isTextual() && !(name.equals("problem") && value.isInt())) {
            throw json.fail(pointer + "/" + name, "expected a string" + (name.equals("problem") ? " or a number" : ""));
        }
        if (value.asText().isBlank()) {
            throw json.fail(pointer + "/" + name, "expected a non-empty " + name);
        }
        return value.asText().strip();
    }

    private void manifestEntry(String student, String problem, Path base, String path) {
        Path given;
        try {
            given = Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            skipped.add(new Skipped(path, "listed in the manifest for " + student + " but not a valid path"));
            return;
        }
        Path file = base.resolve(given).normalize();
        if (!outside) {
            if (given.isAbsolute()) {
                skip(file, "listed in the manifest for " + student + " as an absolute path; a manifest names files"
                        + " inside its own folder (pass --manifest-outside to allow others)");
                return;
            }
            if (!file.startsWith(base)) {
                skip(file, "listed in the manifest for " + student + " outside the manifest's folder; a manifest"
                        + " names files inside its own folder (pass --manifest-outside to allow others)");
                return;
            }
            // Every folder between the manifest's and the file must be a real folder, not a link.
            Path at = base;
            for (Path part : base.relativize(file.getParent() == null ? file : file.getParent())) {
                if (part.toString().isEmpty()) {
                    break;
                }
                at = at.resolve(part);
                Kind k = lstat(at);
                if (k == Kind.LINK) {
                    skip(file, "listed in the manifest for " + student + " through the symbolic link "
                            + ProblemLoader.shown(at) + "; grading never follows links (pass --manifest-outside to"
                            + " allow them)");
                    return;
                }
                if (k != Kind.FOLDER) {
                    skip(file, "listed in the manifest for " + student + " but not found");
                    return;
                }
            }
        }
        Kind k = outside ? kindFollowing(file) : lstat(file);
        switch (k) {
            case FILE -> add(student, problem, file);
            case MISSING -> skip(file, "listed in the manifest for " + student + " but not found");
            case LINK -> skip(file, "listed in the manifest for " + student + " but a symbolic link; grading never"
                    + " follows links (pass --manifest-outside to allow them)");
            case FOLDER -> skip(file, "listed in the manifest for " + student + " but a folder, not a file");
            default -> skip(file, "listed in the manifest for " + student + " but " + describe(k));
        }
    }

    private void add(String student, String problemKey, Path file) {
        Problem problem = problem(problemKey);
        if (problem == null) {
            skip(file, "no problem \"" + problemKey + "\" in " + ProblemLoader.shown(problems.root())
                    + "; name the file or folder after a problem's number or slug, such as 76 or"
                    + " minimum-window-substring");
            return;
        }
        String key = student + "\0" + problem.id();
        Path earlier = seen.putIfAbsent(key, file);
        if (earlier != null) {
            skip(file, student + " already has a submission for problem " + problem.id() + ": "
                    + ProblemLoader.shown(earlier));
            return;
        }
        Source source;
        byte[] bytes;
        try {
            bytes = readBounded(file);
            source = source(file, bytes);
        } catch (IOException e) {
            skip(file, "cannot be read (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + ")");
            return;
        } catch (PackageException e) {
            skip(file, e.getMessage().startsWith(ProblemLoader.shown(file) + ": ")
                    ? e.getMessage().substring(ProblemLoader.shown(file).toString().length() + 2) : e.getMessage());
            return;
        }
        found.add(new Submission(student, problem, ProblemLoader.shown(file), source, Hashes.sha256(bytes)));
    }

    /** The problem a file or folder names, {@code null} for none; a broken package stops grading (exit 2). */
    private Problem problem(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        if (byKey.containsKey(k)) {
            return byKey.get(k);
        }
        Problem problem = problems.lookup(k).map(ProblemLoader::load).orElse(null);
        byKey.put(k, problem);
        return problem;
    }

    private void skip(Path path, String reason) {
        skipped.add(new Skipped(ProblemLoader.shown(path).toString(), reason));
    }

    /** What a path is, read without following a link at its last component. */
    private enum Kind { FILE, FOLDER, LINK, FIFO_DEVICE_OR_SOCKET, MISSING, UNREADABLE }

    /** What {@code entry} is; a link or a special file is skipped here, with the reason. */
    private Kind kind(Path entry) {
        Kind k = lstat(entry);
        if (k == Kind.LINK || k == Kind.FIFO_DEVICE_OR_SOCKET || k == Kind.UNREADABLE) {
            skip(entry, describe(k));
        }
        return k;
    }

    private static Kind lstat(Path entry) {
        try {
            BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isSymbolicLink() ? Kind.LINK : a.isDirectory() ? Kind.FOLDER : a.isRegularFile() ? Kind.FILE
                    : Kind.FIFO_DEVICE_OR_SOCKET;
        } catch (java.nio.file.NoSuchFileException e) {
            return Kind.MISSING;
        } catch (IOException e) {
            return Kind.UNREADABLE;
        }
    }

    /** What {@code file} is, following links (only with --manifest-outside). */
    private static Kind kindFollowing(Path file) {
        if (!Files.exists(file)) {
            return Kind.MISSING;
        }
        return Files.isDirectory(file) ? Kind.FOLDER : Files.isRegularFile(file) ? Kind.FILE
                : Kind.FIFO_DEVICE_OR_SOCKET;
    }

    private static String describe(Kind k) {
        return switch (k) {
            case LINK -> "a symbolic link; grading never follows links";
            case FIFO_DEVICE_OR_SOCKET -> "not a regular file (a FIFO, device or socket); only regular files are read";
            case UNREADABLE -> "cannot be read";
            case MISSING -> "not found";
            case FILE -> "a file";
            case FOLDER -> "a folder";
        };
    }

    /**
     * The bytes of {@code file}, at most {@link Source#MAX_BYTES}: opened without following a link, its size
     * checked first, and read with a bound, so that a file that grows meanwhile (or a device) cannot take the
     * judge's memory.
     */
    private byte[] readBounded(Path file) throws IOException {
        long max = Source.MAX_BYTES;
        LinkOption[] noFollow = outside ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        long size = Files.size(file);
        if (size > max) {
            throw new PackageException(ProblemLoader.shown(file) + ": the file is " + size + " bytes; the limit is "
                    + max + " bytes");
        }
        java.util.Set<java.nio.file.OpenOption> options = new java.util.HashSet<>();
        options.add(StandardOpenOption.READ);
        options.addAll(List.of(noFollow));
        try (SeekableByteChannel in = Files.newByteChannel(file, options)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) max + 1);
            while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                // read until the end of the file or one byte past the limit
            }
            if (!buffer.hasRemaining()) {
                throw new PackageException(ProblemLoader.shown(file) + ": the file is over the limit of " + max
                        + " bytes");
            }
            byte[] bytes = new byte[buffer.position()];
            buffer.flip().get(bytes);
            return bytes;
        }
    }

    /** The source in {@code bytes}: UTF-8, not empty. */
    private static Source source(Path file, byte[] bytes) {
        Path shown = ProblemLoader.shown(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PackageException(shown + ": not valid UTF-8; save the file as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Language language = Languages.of(file, null);
        if (text.isBlank()) {
            throw new PackageException(shown + ": the file is empty; expected a " + language.title()
                    + " file with class Solution");
        }
        return language.source(shown, text);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new PackageException(ProblemLoader.shown(dir) + ": cannot be listed (" + e.getMessage() + ")");
        }
    }

    /** The entries of a folder below the root; one that cannot be listed is skipped, never the end of grading. */
    private List<Path> listOrSkip(Path dir) {
        try {
            return list(dir);
        } catch (PackageException e) {
            skip(dir, "cannot be listed");
            return List.of();
        }
    }
}
