package judge.report;

import judge.grading.Csv;
import judge.grading.Grade;
import judge.grading.GradeReport;
import judge.grading.Skipped;

/**
 * Grading as CSV for a spreadsheet or a gradebook: a header line, then one row per submission in the report's
 * order, then one row per skipped file (verdict {@value #SKIPPED}, its path and the reason). Columns are documented
 * in the README; new ones are only ever added at the end.
 */
public final class GradeCsv {
    public static final String HEADER = "student,problem_id,problem,verdict,passed,total,runtime_ms,memory_mb,source,"
            + "source_sha256,failed_test,summary";

    /** The verdict column of a row for a skipped file. */
    public static final String SKIPPED = "SKIPPED";

    private GradeCsv() {}

    public static String render(GradeReport report) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (Grade g : report.grades()) {
            String[] fields = {
                g.student(), String.valueOf(g.problemId()), g.problemSlug(), g.verdict().code(),
                String.valueOf(g.passed()), String.valueOf(g.total()), String.format(java.util.Locale.ROOT, "%.3f",
                        g.runtimeMs()),
                g.memoryMb() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", g.memoryMb()), g.file(),
                g.sourceSha256(), g.failure() == null ? "" : g.failure().test(),
                g.verdict().isAccepted() ? "" : g.summary()
            };
            for (int i = 0; i < fields.length; i++) {
                out.append(i == 0 ? "" : ",").append(Csv.field(HostileText.csv(fields[i])));
            }
            out.append("\r\n");
        }
        for (Skipped s : report.skipped()) {
            // A file that could not be placed: only its path and the reason are known.
            String[] fields = {"", "", "", SKIPPED, "", "", "", "", s.path(), "", "", s.reason()};
            for (int i = 0; i < fields.length; i++) {
                out.append(i == 0 ? "" : ",").append(Csv.field(HostileText.csv(fields[i])));
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
