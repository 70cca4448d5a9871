package judge.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import judge.compile.CompileError;
import judge.judging.Result;
import judge.judging.TestResult;

/**
 * The machine-readable report: one JSON object, documented field by field in the README. Field names and
 * meanings are a contract; add fields, never rename or drop them. {@link #SCHEMA_VERSION} changes only if one
 * ever must.
 */
public final class JsonReport {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = JsonOutput.pretty();

    private JsonReport() {}

    public static String render(Result r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("mode", r.mode());
        root.put("problem", r.problem().slug());
        root.put("problemId", r.problem().id());
        root.put("title", r.problem().title());
        root.put("source", r.sourceFile());
        root.put("language", r.language());
        root.put("verdict", r.verdict().code());
        root.put("verdictTitle", r.verdict().title());
        root.put("passed", r.passed());
        root.put("total", r.total());
        root.put("runtimeMs", round(r.runtimeMs()));
        putNullable(root, "memoryMb", r.memoryMb());
        putNullable(root, "referenceRuntimeMs", r.referenceRuntimeMs());
        root.put("message", r.shownMessage());
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        if (r.propertySeed() == null) {
            root.putNull("propertySeed");
        } else {
            root.put("propertySeed", r.propertySeed());
        }
        if (r.failure() == null) {
            root.putNull("failure");
        } else {
            root.set("failure", test(r.failure(), true));
        }
        ArrayNode errors = root.putArray("compileErrors");
        for (CompileError e : r.compileErrors()) {
            ObjectNode node = errors.addObject();
            node.put("line", e.line());
            node.put("column", e.column());
            node.put("message", e.message());
        }
        ArrayNode tests = root.putArray("tests");
        boolean showAll = r.mode().equals("run");
        for (TestResult t : r.tests()) {
            tests.add(test(t, showAll || t == r.failure()));
        }
        return write(root);
    }

    /** What {@code --format json} prints when the judge could not judge at all (exit code 2). */
    public static String error(String message) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("error", message);
        return write(root);
    }

    private static ObjectNode test(TestResult t, boolean details) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("test", t.name());
        node.put("verdict", t.verdict().code());
        putNullable(node, "runtimeMs", t.runtimeMs());
        node.put("timeLimitMs", t.timeLimitMs());
        if (details) {
            ArrayNode input = node.putArray("input");
            t.input().forEach(input::add);
            node.put("expected", t.expected());
            node.put("output", t.output());
            node.put("message", t.message());
            node.put("stdout", t.stdout());
            ObjectNode truncated = node.putObject("truncated");
            t.truncated().forEach(truncated::put);
        } else {
            node.putNull("input");
            node.putNull("expected");
            node.putNull("output");
            node.putNull("message");
            node.putNull("stdout");
            node.putNull("truncated");
        }
        return node;
    }

    private static void putNullable(ObjectNode node, String field, Double value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, round(value));
        }
    }

    private static double round(double ms) {
        return Math.round(ms * 1000) / 1000.0;
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
