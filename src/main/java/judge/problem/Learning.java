package judge.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A package's learning material: {@code editorial.md} and {@code editorial.zh.md} (approach, why it works,
 * complexity, common mistakes) and {@code hints.json}, one to three progressive hints in each language:
 * {@code {"en": ["...", "..."], "zh": ["...", "..."]}}, as many in Chinese as in English.
 *
 * <p>None of them is required by {@link ProblemLoader#load}: they are read only by {@code show} and
 * {@code verify}, so a package without them, or with a broken {@code hints.json}, still judges.
 */
public final class Learning {
    public static final String HINTS_FILE = "hints.json";
    public static final int MAX_HINTS = 3;

    /** The hints of a package, in order, as many in each language. */
    public record Hints(List<String> en, List<String> zh) {
        public Hints {
            en = List.copyOf(en);
            zh = List.copyOf(zh);
        }

        /** The hints in {@code lang} ({@code "en"} or {@code "zh"}). */
        public List<String> in(String lang) {
            return lang.equals("zh") ? zh : en;
        }

        public int count() {
            return en.size();
        }
    }

    private Learning() {}

    /** {@code editorial.zh.md} for {@code "zh"}, {@code editorial.md} for anything else. */
    public static Path editorialFile(Path dir, String lang) {
        return dir.resolve(lang.equals("zh") ? "editorial.zh.md" : "editorial.md");
    }

    /** The editorial's Markdown in {@code lang}, if the package has one (read strictly as UTF-8). */
    public static Optional<String> editorial(Path dir, String lang) {
        Path file = editorialFile(dir, lang);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(TextFiles.readUtf8(file, ProblemLoader.shown(file)));
    }

    /**
     * The package's hints, if it has a {@code hints.json}; a malformed one is a {@link PackageException} that
     * names the file, its line and column and the JSON pointer of what is wrong.
     */
    public static Optional<Hints> hints(Path dir) {
        Path path = dir.resolve(HINTS_FILE);
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        JsonFile file = JsonFile.read(path, ProblemLoader.shown(path));
        JsonNode root = file.root();
        if (!root.isObject()) {
            throw file.fail("", "expected an object {\"en\": [hints], \"zh\": [hints]}, found " + kind(root));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!field.equals("en") && !field.equals("zh")) {
                throw file.fail("/" + field, "unknown field \"" + field + "\"; expected en and zh");
            }
        }
        List<String> en = list(file, "en");
        List<String> zh = list(file, "zh");
        if (en.size() != zh.size()) {
            throw file.fail("/zh", "expected as many Chinese hints as English ones (" + en.size() + "), found "
                    + zh.size());
        }
        return Optional.of(new Hints(en, zh));
    }

    private static List<String> list(JsonFile file, String lang) {
        JsonNode node = file.root().get(lang);
        if (node == null) {
            throw file.fail("", "missing field \"" + lang + "\": the hints in " + (lang.equals("zh") ? "Chinese"
                    : "English"));
        }
        if (!node.isArray()) {
            throw file.fail("/" + lang, "expected an array of 1 to " + MAX_HINTS + " hints, found " + kind(node));
        }
        if (node.isEmpty() || node.size() > MAX_HINTS) {
            throw file.fail("/" + lang, "expected 1 to " + MAX_HINTS + " hints, found " + node.size());
        }
        List<String> hints = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode hint = node.get(i);
            if (!hint.isTextual() || hint.asText().isBlank()) {
                throw file.fail("/" + lang + "/" + i, "expected a hint (a non-empty string), found " + kind(hint));
            }
            hints.add(hint.asText().strip());
        }
        return hints;
    }

    private static String kind(JsonNode node) {
        if (node.isTextual()) {
            return node.asText().isBlank() ? "an empty string" : "a string";
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
        return node.isArray() ? "an array" : "an object";
    }
}
