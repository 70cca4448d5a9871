package judge.verify.mutation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** {@code verify --mutants}'s output: a block of text per package, or one JSON object (docs/test-strength.md). */
public final class MutationReport {
    private MutationReport() {}

    /** One package's lines: its score, each survivor with its line and the input that tells it apart. */
    public static String text(PackageScore s, double threshold) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s%n  %s  score %s (%d killed of %d mutants, %d declared equivalent),"
                + " threshold %s, %.1f s%s%n", s.problem(), s.passes(threshold) ? "PASS" : "FAIL", percent(s.score()),
                s.killed(), s.mutants(), s.equivalent(), percent(threshold), s.seconds(), s.cached() ? " (cached)" : ""));
        for (String error : s.errors()) {
            out.append("  error     ").append(error).append('\n');
        }
        for (PackageScore.Survivor v : s.survivors()) {
            out.append("  survived  ").append(v.id()).append('\n');
            out.append("            line ").append(v.line()).append(": ").append(v.sourceLine()).append('\n');
            if (v.distinguished() == null && !s.searched()) {
                out.append("            not searched for an input that tells it from the reference (verify"
                        + " --mutants searches)\n");
            } else if (v.distinguished() == null) {
                out.append("            no input found that tells it from the reference: likely equivalent"
                        + " (declare it in ").append(Equivalents.FILE).append(" with the reason)\n");
            } else {
                PackageScore.Distinguishing d = v.distinguished();
                out.append("            told apart by ").append(String.join(", ", d.input())).append(": expected ")
                        .append(d.expected()).append(", mutant ")
                        .append(d.output() == null ? d.verdict() : d.output()).append('\n');
            }
        }
        return out.append('\n').toString();
    }

    /** Every package as one JSON object: {@code schemaVersion}, {@code threshold}, {@code problems}, {@code passed}. */
    public static String json(List<PackageScore> scores, double threshold, int schemaVersion, ObjectMapper mapper)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", schemaVersion);
        root.put("threshold", threshold);
        ArrayNode problems = root.putArray("problems");
        boolean ok = true;
        for (PackageScore s : scores) {
            ObjectNode p = mapper.valueToTree(s);
            p.put("passed", s.passes(threshold));
            problems.add(p);
            ok &= s.passes(threshold);
        }
        root.put("passed", ok);
        return mapper.writeValueAsString(root) + "\n";
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }
}
