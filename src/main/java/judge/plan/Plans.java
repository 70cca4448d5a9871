package judge.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import judge.problem.JsonFile;
import judge.problem.PackageException;
import judge.problem.ProblemLoader;

/**
 * The study plans of a folder ({@code plans/}, beside {@code problems/}): one JSON file each, read and
 * checked with errors that name the file, its line and column, and the JSON pointer of what is wrong.
 *
 * <pre>{@code
 * {
 *   "title": {"en": "Sliding Window", "zh": "滑动窗口"},
 *   "description": {"en": "...", "zh": "..."},
 *   "sections": [
 *     {"title": {"en": "Fixed-size windows", "zh": "定长窗口"},
 *      "problems": [{"id": 567, "slug": "permutation-in-string"}, ...]}
 *   ]
 * }
 * }</pre>
 *
 * A plan may name a problem this judge does not bundle (a plan written ahead of its packages): it is shown as
 * not bundled and left out of the plan's progress. A bundled number with another slug is an error, so a
 * mistyped number does not silently point at the wrong problem; so is a problem listed twice.
 */
public final class Plans {
    private static final String NAME = "[a-z0-9]+(-[a-z0-9]+)*";

    private Plans() {}

    /** The plans folder that goes with a problems folder: {@code plans/} beside it. */
    public static Path folderFor(Path problemsRoot) {
        Path parent = problemsRoot.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("plans") : parent.resolve("plans");
    }

    /** Every plan file in {@code folder}, by name; none when the folder does not exist. */
    public static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new PackageException(ProblemLoader.shown(folder) + ": cannot be listed (" + e.getMessage() + ")");
        }
    }

    /** Every plan in {@code folder}, by name, each checked against the bundled problems ({@code id -> slug}). */
    public static List<Plan> loadAll(Path folder, Map<Integer, String> bundled) {
        List<Plan> plans = new ArrayList<>();
        for (Path f : files(folder)) {
            plans.add(load(f, bundled));
        }
        return plans;
    }

    /** The plan called {@code name} in {@code folder}; an unknown name is an error listing the known ones. */
    public static Plan find(Path folder, String name, Map<Integer, String> bundled) {
        List<Path> all = files(folder);
        for (Path f : all) {
            if (nameOf(f).equalsIgnoreCase(name.strip())) {
                return load(f, bundled);
            }
        }
        throw new PackageException("unknown plan \"" + name + "\"; " + (all.isEmpty() ? "there are no plans in "
                + ProblemLoader.shown(folder) : "the plans are: " + String.join(", ", all.stream()
                        .map(Plans::nameOf).toList())));
    }

    static String nameOf(Path file) {
        String f = file.getFileName().toString();
        return f.substring(0, f.length() - ".json".length());
    }

    /** Reads and checks one plan file. */
    public static Plan load(Path path, Map<Integer, String> bundled) {
        String name = nameOf(path);
        JsonFile file = JsonFile.read(path, ProblemLoader.shown(path));
        if (!name.matches(NAME)) {
            throw new PackageException(file.path() + ": a plan's file name is its name: lower-case words joined by"
                    + " '-', then .json; found \"" + path.getFileName() + "\"");
        }
        JsonNode root = file.root();
        object(file, root, "", Set.of("title", "description", "sections"));
        Plan.Text title = text(file, "/title", true);
        Plan.Text description = root.has("description") ? text(file, "/description", false) : new Plan.Text("", "");
        JsonNode sections = required(file, root, "", "sections");
        if (!sections.isArray() || sections.isEmpty()) {
            throw file.fail("/sections", "expected a non-empty array of sections, found " + kind(sections));
        }
        List<Plan.Section> out = new ArrayList<>();
        Map<Integer, String> seen = new HashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            String at = "/sections/" + s;
            JsonNode section = sections.get(s);
            object(file, section, at, Set.of("title", "problems"));
            Plan.Text sectionTitle = text(file, at + "/title", true);
            JsonNode problems = required(file, section, at, "problems");
            if (!problems.isArray() || problems.isEmpty()) {
                throw file.fail(at + "/problems", "expected a non-empty array of problems ({\"id\": 76, \"slug\":"
                        + " \"minimum-window-substring\"}), found " + kind(problems));
            }
            List<Plan.Entry> entries = new ArrayList<>();
            for (int i = 0; i < problems.size(); i++) {
                String pat = at + "/problems/" + i;
                JsonNode entry = problems.get(i);
                object(file, entry, pat, Set.of("id", "slug"));
                JsonNode id = required(file, entry, pat, "id");
                if (!id.isIntegralNumber() || !id.canConvertToInt() || id.asInt() < 1 || id.asInt() > 99999) {
                    throw file.fail(pat + "/id", "expected a problem number from 1 to 99999, found "
                            + (id.isNumber() ? id.asText() : kind(id)));
                }
                JsonNode slugNode = required(file, entry, pat, "slug");
                if (!slugNode.isTextual() || !slugNode.asText().matches(NAME)) {
                    throw file.fail(pat + "/slug", "expected the problem's slug (lower-case words joined by '-'),"
                            + " found " + (slugNode.isTextual() ? "\"" + slugNode.asText() + "\"" : kind(slugNode)));
                }
                int number = id.asInt();
                String slug = slugNode.asText();
                String known = bundled.get(number);
                if (known != null && !known.equals(slug)) {
                    throw file.fail(pat + "/slug", "problem " + number + " is " + known + ", not " + slug
                            + ": check the number and the slug");
                }
                if (known == null && bundled.containsValue(slug)) {
                    int other = bundled.entrySet().stream().filter(e -> e.getValue().equals(slug)).findFirst()
                            .orElseThrow().getKey();
                    throw file.fail(pat + "/id", slug + " is problem " + other + ", not " + number);
                }
                if (seen.containsKey(number)) {
                    throw file.fail(pat, "problem " + number + " is listed twice in the plan (also at "
                            + seen.get(number) + ")");
                }
                seen.put(number, pat);
                entries.add(new Plan.Entry(number, slug));
            }
            out.add(new Plan.Section(sectionTitle, entries));
        }
        return new Plan(name, title, description, out);
    }

    private static Plan.Text text(JsonFile file, String pointer, boolean required) {
        JsonNode node = file.root().at(pointer);
        object(file, node, pointer, Set.of("en", "zh"));
        String[] texts = new String[2];
        String[] langs = {"en", "zh"};
        for (int i = 0; i < 2; i++) {
            JsonNode t = required(file, node, pointer, langs[i]);
            if (!t.isTextual() || t.asText().isBlank()) {
                throw file.fail(pointer + "/" + langs[i], "expected a non-empty string, found " + kind(t));
            }
            texts[i] = t.asText().strip();
        }
        return new Plan.Text(texts[0], texts[1]);
    }

    private static JsonNode required(JsonFile file, JsonNode node, String pointer, String field) {
        JsonNode child = node.get(field);
        if (child == null) {
            throw file.fail(pointer, "missing field \"" + field + "\"");
        }
        return child;
    }

    private static void object(JsonFile file, JsonNode node, String pointer, Set<String> allowed) {
        if (node == null || node.isMissingNode()) {
            int slash = pointer.lastIndexOf('/');
            throw file.fail(pointer.substring(0, slash), "missing field \"" + pointer.substring(slash + 1) + "\"");
        }
        if (!node.isObject()) {
            throw file.fail(pointer, "expected an object, found " + kind(node));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                throw file.fail(pointer + "/" + field, "unknown field \"" + field + "\"; expected "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return node.isEmpty() ? "an empty array" : "an array";
        }
        return "an object";
    }
}
