package judge.verify.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import judge.problem.JsonFile;
import judge.problem.ProblemLoader;

/**
 * A package's {@code equivalent-mutants.json}: mutants of its reference that no test can kill because they
 * compute the same answers, each with the reason a reader can check against the reference.
 *
 * <pre>
 * { "equivalent": [
 *     { "mutant": "Solution.minWindow:21 CONSTANTS constant 128 -> 129",
 *       "reason": "need[] is indexed by chars of s and t, all below 128: a 129th slot is never read" } ] }
 * </pre>
 */
public final class Equivalents {
    public static final String FILE = "equivalent-mutants.json";

    /** One declaration: the mutant's id and why it cannot be told from the reference. */
    public record Declared(String mutant, String reason) {}

    private Equivalents() {}

    /** The declarations of the package in {@code dir}; none when it has no such file. */
    public static List<Declared> read(Path dir) {
        Path path = dir.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            return List.of();
        }
        JsonFile file = JsonFile.read(path, ProblemLoader.shown(path));
        JsonNode root = file.root();
        if (!root.isObject()) {
            throw file.fail("", "expected an object with an \"equivalent\" array");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("equivalent")) {
                throw file.fail("/" + name, "unknown field \"" + name + "\"; expected only \"equivalent\"");
            }
        }
        JsonNode list = root.get("equivalent");
        if (list == null || !list.isArray()) {
            throw file.fail(list == null ? "" : "/equivalent", "expected \"equivalent\": an array of"
                    + " {\"mutant\": ID, \"reason\": WHY}");
        }
        List<Declared> declared = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String at = "/equivalent/" + i;
            if (!entry.isObject()) {
                throw file.fail(at, "expected an object {\"mutant\": ID, \"reason\": WHY}");
            }
            for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!name.equals("mutant") && !name.equals("reason")) {
                    throw file.fail(at + "/" + name, "unknown field \"" + name + "\"; expected \"mutant\" and"
                            + " \"reason\"");
                }
            }
            JsonNode mutant = entry.get("mutant");
            if (mutant == null || !mutant.isTextual() || mutant.asText().isBlank()) {
                throw file.fail(mutant == null ? at : at + "/mutant", "expected \"mutant\": the mutant's id as"
                        + " verify --mutants prints it");
            }
            JsonNode reason = entry.get("reason");
            if (reason == null || !reason.isTextual() || reason.asText().isBlank()) {
                throw file.fail(reason == null ? at : at + "/reason", "expected \"reason\": why no input can tell"
                        + " this mutant from the reference");
            }
            if (!seen.add(mutant.asText())) {
                throw file.fail(at + "/mutant", "\"" + mutant.asText() + "\" is declared twice");
            }
            declared.add(new Declared(mutant.asText(), reason.asText()));
        }
        return declared;
    }
}
