package judge.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import judge.compile.CompileError;
import judge.grading.Grade;
import judge.grading.GradeReport;
import judge.grading.Skipped;
import judge.judging.Verdict;
import judge.problem.JsonFile;
import judge.problem.PackageException;

/**
 * Grading as JSON: the report of {@code grade --format json} and {@code merge}, and the lines of the results
 * log (one submission object a line). Both are documented field by field in the README and read back by
 * {@code merge} and {@code --resume}; a submission object has the same fields in both, and the fields it shares
 * with {@code submit}'s report have the same names and meanings.
 */
public final class GradeJson {
    private static final ObjectMapper MAPPER = JsonOutput.compact();
    private static final ObjectMapper PRETTY = JsonOutput.pretty();

    private GradeJson() {}

    public static String render(GradeReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", JsonReport.SCHEMA_VERSION);
        root.put("judgeVersion", report.judgeVersion());
        root.put("shard", report.shard());
        ObjectNode totals = root.putObject("totals");
        totals.put("submissions", report.grades().size());
        totals.put("accepted", report.accepted());
        totals.put("rejected", report.rejected());
        totals.put("skipped", report.skipped().size());
        ObjectNode byVerdict = totals.putObject("byVerdict");
        for (Map.Entry<Verdict, Integer> e : report.byVerdict().entrySet()) {
            byVerdict.put(e.getKey().code(), e.getValue());
        }
        ArrayNode submissions = root.putArray("submissions");
        report.grades().forEach(g -> submissions.add(grade(g)));
        ArrayNode skipped = root.putArray("skipped");
        for (Skipped s : report.skipped()) {
            skipped.addObject().put("path", s.path()).put("reason", s.reason());
        }
        try {
            return PRETTY.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line of the results log: a submission object on a single line. */
    public static String line(Grade g) {
        try {
            return MAPPER.writeValueAsString(grade(g));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode grade(Grade g) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("student", g.student());
        node.put("problem", g.problemSlug());
        node.put("problemId", g.problemId());
        node.put("title", g.problemTitle());
        node.put("source", g.file());
        // grade tells a submission's language by its file's extension, so the file name says it.
        judge.lang.Language language = judge.lang.Languages.byExtension(java.nio.file.Path.of(g.file()));
        node.put("language", language == null ? "java" : language.name());
        node.put("sourceSha256", g.sourceSha256());
        node.put("packageSha256", g.packageSha256());
        node.put("judgeVersion", g.judgeVersion());
        node.put("verdict", g.verdict().code());
        node.put("verdictTitle", g.verdict().title());
        node.put("passed", g.passed());
        node.put("total", g.total());
        node.put("runtimeMs", Math.round(g.runtimeMs() * 1000) / 1000.0);
        if (g.memoryMb() == null) {
            node.putNull("memoryMb");
        } else {
            node.put("memoryMb", Math.round(g.memoryMb() * 1000) / 1000.0);
        }
        node.put("message", g.message());
        if (g.failure() == null) {
            node.putNull("failure");
        } else {
            ObjectNode f = node.putObject("failure");
            f.put("test", g.failure().test());
            ArrayNode input = f.putArray("input");
            g.failure().input().forEach(input::add);
            f.put("expected", g.failure().expected());
            f.put("output", g.failure().output());
            f.put("message", g.failure().message());
        }
        ArrayNode errors = node.putArray("compileErrors");
        for (CompileError e : g.compileErrors()) {
            errors.addObject().put("line", e.line()).put("column", e.column()).put("message", e.message());
        }
        return node;
    }

    /** Reads a report written by {@link #render}; errors name the file, line and JSON pointer. */
    public static GradeReport parseReport(Path file, Path shown) {
        JsonFile json = JsonFile.read(file, shown);
        Reader r = new Reader(json);
        JsonNode root = json.root();
        if (!root.isObject() || !root.has("submissions")) {
            throw json.fail("", "expected a grading report (the output of judge grade --format json or"
                    + " --json FILE), an object with \"submissions\"");
        }
        String version = r.text(root, "", "judgeVersion", false);
        String shard = r.text(root, "", "shard", true);
        List<Grade> grades = new ArrayList<>();
        JsonNode submissions = r.array(root, "", "submissions");
        for (int i = 0; i < submissions.size(); i++) {
            grades.add(r.grade(submissions.get(i), "/submissions/" + i));
        }
        List<Skipped> skipped = new ArrayList<>();
        JsonNode skippedNode = r.array(root, "", "skipped");
        for (int i = 0; i < skippedNode.size(); i++) {
            JsonNode s = skippedNode.get(i);
            String at = "/skipped/" + i;
            skipped.add(new Skipped(r.text(s, at, "path", false), r.text(s, at, "reason", false)));
        }
        return new GradeReport(version, shard, grades, skipped);
    }

    /** Reads one line of a results log; {@code where} ("grade.jsonl:12") prefixes any error. */
    public static Grade parseLine(String line, String where) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new PackageException(where + ": not a JSON object (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new PackageException(where + ": expected a JSON object, one submission a line");
        }
        return new Reader(null, where).grade(node, "");
    }

    /** Reads fields, failing with the file's location (a report) or the line's (a log). */
    private static final class Reader {
        private final JsonFile json;
        private final String where;

        Reader(JsonFile json) {
            this(json, null);
        }

        Reader(JsonFile json, String where) {
            this.json = json;
            this.where = where;
        }

        Grade grade(JsonNode node, String at) {
            if (!node.isObject()) {
                throw fail(at, "expected a submission object");
            }
            String verdictCode = text(node, at, "verdict", false);
            Verdict verdict = Verdict.fromFolderName(verdictCode);
            if (verdict == null) {
                throw fail(at + "/verdict", "unknown verdict \"" + verdictCode + "\"");
            }
            Grade.Failure failure = null;
            JsonNode f = node.get("failure");
            if (f != null && !f.isNull()) {
                String fat = at + "/failure";
                List<String> input = new ArrayList<>();
                JsonNode in = array(f, fat, "input");
                for (int i = 0; i < in.size(); i++) {
                    if (!in.get(i).isTextual()) {
                        throw fail(fat + "/input/" + i, "expected a string");
                    }
                    input.add(in.get(i).asText());
                }
                failure = new Grade.Failure(text(f, fat, "test", false), input, text(f, fat, "expected", true),
                        text(f, fat, "output", true), text(f, fat, "message", true));
            }
            List<CompileError> errors = new ArrayList<>();
            JsonNode ce = array(node, at, "compileErrors");
            for (int i = 0; i < ce.size(); i++) {
                String eat = at + "/compileErrors/" + i;
                errors.add(new CompileError(number(ce.get(i), eat, "line").longValue(),
                        number(ce.get(i), eat, "column").longValue(), text(ce.get(i), eat, "message", false), ""));
            }
            JsonNode memory = node.get("memoryMb");
            return new Grade(text(node, at, "student", false), number(node, at, "problemId").intValue(),
                    text(node, at, "problem", false), text(node, at, "title", false), text(node, at, "source", false),
                    text(node, at, "sourceSha256", false), text(node, at, "packageSha256", false),
                    text(node, at, "judgeVersion", false), verdict, number(node, at, "passed").intValue(),
                    number(node, at, "total").intValue(), number(node, at, "runtimeMs").doubleValue(),
                    memory == null || memory.isNull() ? null : number(node, at, "memoryMb").doubleValue(),
                    text(node, at, "message", true), failure, errors);
        }

        String text(JsonNode node, String at, String field, boolean nullable) {
            JsonNode v = node.get(field);
            if (v == null) {
                throw fail(at, "missing \"" + field + "\"");
            }
            if (v.isNull() && nullable) {
                return null;
            }
            if (!v.isTextual()) {
                throw fail(at + "/" + field, "expected a string" + (nullable ? " or null" : ""));
            }
            return v.asText();
        }

        Number number(JsonNode node, String at, String field) {
            JsonNode v = node.get(field);
            if (v == null) {
                throw fail(at, "missing \"" + field + "\"");
            }
            if (!v.isNumber()) {
                throw fail(at + "/" + field, "expected a number");
            }
            return v.numberValue();
        }

        JsonNode array(JsonNode node, String at, String field) {
            JsonNode v = node.get(field);
            if (v == null) {
                throw fail(at, "missing \"" + field + "\"");
            }
            if (!v.isArray()) {
                throw fail(at + "/" + field, "expected an array");
            }
            return v;
        }

        PackageException fail(String pointer, String message) {
            if (json != null) {
                return json.fail(pointer, message);
            }
            return new PackageException(where + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + message);
        }
    }
}
