package judge.grading;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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

    private Discovery(ProblemRepository problems) {
        this.problems = problems;
    }

    /** The submissions in {@code dir}, laid out by student. */
    public static Found scan(Path dir, ProblemRepository problems) {
        if (!Files.isDirectory(dir)) {
            throw new PackageException(ProblemLoader.shown(dir) + ": not a folder; expected a folder of"
                    + " submissions laid out as <student>/<problem>.java or <student>/<problem>/Solution.java");
        }
        Discovery d = new Discovery(problems);
        for (Path entry : list(dir)) {
            if (Files.isDirectory(entry)) {
                d.student(entry);
            } else {
                d.skip(entry, "not inside a student's folder; expected <student>/<problem>.java");
            }
        }
        return new Found(d.found, d.skipped);
    }

    private void student(Path dir) {
        String student = dir.getFileName().toString();
        for (Path entry : list(dir)) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry)) {
                solutionFolder(student, entry);
            } else if (Languages.byExtension(entry) != null) {
                Language language = Languages.byExtension(entry);
                String ext = language.extensions().stream().filter(name::endsWith).findFirst().orElseThrow();
                add(student, name.substring(0, name.length() - ext.length()), entry);
            } else {
                skip(entry, "not a " + extensions() + " file");
            }
        }
    }

    private void solutionFolder(String student, Path dir) {
        for (Language language : Languages.all()) {
            Path solution = dir.resolve(language.stubFileName());
            if (Files.isRegularFile(solution)) {
                add(student, dir.getFileName().toString(), solution);
                return;
            }
        }
        List<Path> sources = list(dir).stream()
                .filter(p -> Files.isRegularFile(p) && Languages.byExtension(p) != null).toList();
        if (sources.size() == 1) {
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

    /** The submissions a manifest lists (JSON or CSV, by its extension). */
    public static Found manifest(Path file, ProblemRepository problems) {
        Path shown = ProblemLoader.shown(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Discovery d = new Discovery(problems);
        Path base = file.toAbsolutePath().getParent();
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
                d.manifestEntry(student, problem, base.resolve(path));
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
                d.manifestEntry(row.get(student).strip(), row.get(problem).strip(), base.resolve(row.get(path).strip()));
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

    private void manifestEntry(String student, String problem, Path path) {
        if (!Files.isRegularFile(path)) {
            skip(path, "listed in the manifest for " + student + " but not found");
            return;
        }
        add(student, problem, path);
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
            bytes = Files.readAllBytes(file);
            source = Languages.read(file);
        } catch (IOException | PackageException e) {
            skip(file, "cannot be read: " + e.getMessage());
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

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new PackageException(ProblemLoader.shown(dir) + ": cannot be listed (" + e.getMessage() + ")");
        }
    }
}
