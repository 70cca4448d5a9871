package judge.problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A JSON file of a problem package, parsed into a tree, that can point at any of its nodes by JSON pointer
 * and turn that into a file:line:column for an error message.
 *
 * <p>Jackson's tree does not keep locations, so {@link #fail} re-reads the text with the streaming parser
 * to find the pointer's line and column. That happens only on the error path.
 */
public final class JsonFile {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // NaN, Infinity and -Infinity as bare words: a test of a problem declaring "nonFinite" may hold
            // them; every other parameter refuses them when the test is validated.
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private final Path path;
    private final String text;
    private final JsonNode root;

    private JsonFile(Path path, String text, JsonNode root) {
        this.path = path;
        this.text = text;
        this.root = root;
    }

    /** Reads and parses {@code file}; {@code shown} is the name used in messages (relative, when possible). */
    public static JsonFile read(Path file, Path shown) {
        String text = TextFiles.readUtf8(file, shown);
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw PackageException.at(shown, 0, 0, null, "the file is empty; expected JSON");
            }
            return new JsonFile(shown, text, root);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            int cut = message.indexOf("\n at [Source");
            throw PackageException.at(shown, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    null, "malformed JSON: " + (cut >= 0 ? message.substring(0, cut) : message));
        }
    }

    public Path path() {
        return path;
    }

    public JsonNode root() {
        return root;
    }

    /** An error about the node at {@code pointer} ("/signature/params/1/type"), located in the file. */
    public PackageException fail(String pointer, String message) {
        int[] lineColumn = locate(pointer);
        return PackageException.at(path, lineColumn[0], lineColumn[1], pointer, message);
    }

    private int[] locate(String pointer) {
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                if (parser.getParsingContext().pathAsPointer().toString().equals(pointer)
                        || (pointer.isEmpty() && parser.getParsingContext().inRoot())) {
                    JsonLocation at = parser.currentTokenLocation();
                    return new int[] {at.getLineNr(), at.getColumnNr()};
                }
            }
        } catch (IOException e) {
            // The text parsed once already; should it not now, fall back to no line number.
        }
        return new int[] {0, 0};
    }
}
