package judge.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import judge.compile.CompileError;
import judge.judging.TestResult;
import judge.problem.Problem;
import judge.property.FuzzResult;

/** How {@code judge fuzz} reports: text for people, one JSON object for scripts (fields in the README). */
public final class FuzzReport {
    private static final ObjectMapper MAPPER = JsonOutput.pretty();

    private FuzzReport() {}

    public static String text(FuzzResult r, Problem problem, String source, String savedTo) {
        StringBuilder out = new StringBuilder();
        switch (r.status()) {
            case PASSED -> out.append(String.format("Passed   %d. %s%n%d tries in %.1f s (%.0f tries/s), seed %d%n",
                    problem.id(), problem.title(), r.tries(), r.seconds(), r.triesPerSecond(), r.seed()));
            case ERROR -> {
                out.append("Error   ").append(problem.id()).append(". ").append(problem.title()).append('\n')
                        .append(HostileText.block(r.message())).append('\n');
                for (CompileError e : r.compileErrors()) {
                    out.append(HostileText.block(e.render("source"))).append('\n');
                }
            }
            case FALSIFIED -> {
                TestResult c = r.counterexample();
                out.append("Falsified   ").append(problem.id()).append(". ").append(problem.title()).append('\n');
                out.append(String.format("%s after %d tries (seed %d); shrunk from size %d to %d in %d steps%s%n",
                        c.verdict().title(), r.tries(), r.seed(), r.originalSize(), r.counterexampleSize(), r.shrinkSteps(),
                        r.shrinkCutShort() ? " (stopped at the shrink time budget)" : ""));
                out.append("\nCounterexample (LeetCode's input format, ready for run --input):\n");
                for (String value : c.input()) {
                    out.append("  ").append(TextReport.cut(value)).append('\n');
                }
                if (c.output() != null) {
                    out.append("Output\n  ").append(TextReport.cut(c.output())).append('\n');
                }
                if (c.expected() != null) {
                    out.append("Expected\n  ").append(TextReport.cut(c.expected())).append('\n');
                }
                if (c.message() != null) {
                    out.append(c.verdict() == judge.judging.Verdict.WRONG_ANSWER ? "Why" : "Error").append("\n  ")
                            .append(HostileText.block(c.message()).replace("\n", "\n  ")).append('\n');
                }
                if (c.stdout() != null && !c.stdout().isEmpty()) {
                    out.append("Stdout\n  ").append(HostileText.block(c.stdout().stripTrailing()).replace("\n", "\n  "))
                            .append('\n');
                }
                out.append(String.format("Reproduce: judge fuzz %d %s --seed %d%n", problem.id(), HostileText.line(source), r.seed()));
                if (savedTo != null) {
                    out.append("Saved as a test in ").append(savedTo).append('\n');
                }
            }
        }
        return out.toString();
    }

    public static String json(FuzzResult r, Problem problem, String savedTo) {
        return json(r, problem, savedTo, "java");
    }

    /** {@link #json(FuzzResult, Problem, String)} for a source in the language called {@code language}. */
    public static String json(FuzzResult r, Problem problem, String savedTo, String language) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", JsonReport.SCHEMA_VERSION);
        root.put("problem", problem.slug());
        root.put("problemId", problem.id());
        root.put("language", language);
        root.put("status", r.status().name());
        root.put("seed", r.seed());
        root.put("tries", r.tries());
        root.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        root.put("triesPerSecond", Math.round(r.triesPerSecond()));
        root.put("shrinkSteps", r.shrinkSteps());
        root.put("shrinkCutShort", r.shrinkCutShort());
        root.put("message", r.message());
        root.set("counterexample", failure(r.counterexample(), r.counterexampleSize()));
        root.set("original", failure(r.original(), r.originalSize()));
        ArrayNode errors = root.putArray("compileErrors");
        for (CompileError e : r.compileErrors()) {
            ObjectNode node = errors.addObject();
            node.put("line", e.line());
            node.put("column", e.column());
            node.put("message", e.message());
        }
        root.put("savedTo", savedTo);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode failure(TestResult t, int size) {
        if (t == null) {
            return null;
        }
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode input = node.putArray("input");
        t.input().forEach(input::add);
        node.put("size", size);
        node.put("expected", t.expected());
        node.put("output", t.output());
        node.put("verdict", t.verdict().code());
        node.put("message", t.message());
        node.put("stdout", t.stdout());
        ObjectNode truncated = node.putObject("truncated");
        t.truncated().forEach(truncated::put);
        return node;
    }
}
