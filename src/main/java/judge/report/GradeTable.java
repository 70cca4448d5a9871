package judge.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import judge.grading.Grade;
import judge.grading.GradeReport;
import judge.grading.Skipped;
import judge.judging.Verdict;

/**
 * Grading for a person at a terminal: students down, problems across, a verdict in each cell and totals on both
 * edges; then every rejection in a line, and what was skipped.
 */
public final class GradeTable {
    private GradeTable() {}

    /** AC, WA, TLE...: LeetCode's and contest judges' short names, for the table's cells. */
    public static String abbreviation(Verdict v) {
        return switch (v) {
            case ACCEPTED -> "AC";
            case WRONG_ANSWER -> "WA";
            case TIME_LIMIT_EXCEEDED -> "TLE";
            case MEMORY_LIMIT_EXCEEDED -> "MLE";
            case OUTPUT_LIMIT_EXCEEDED -> "OLE";
            case RUNTIME_ERROR -> "RE";
            case COMPILE_ERROR -> "CE";
            case INTERNAL_ERROR -> "IE";
        };
    }

    public static String render(GradeReport report) {
        StringBuilder out = new StringBuilder();
        List<String> students = report.students();
        Map<Integer, String> problems = report.problems();
        out.append("Graded ").append(count(report.grades().size(), "submission")).append(" of ")
                .append(count(students.size(), "student")).append(" to ").append(count(problems.size(), "problem"))
                .append(report.shard() == null ? "" : " (shard " + report.shard() + ")").append('\n');
        if (!report.grades().isEmpty()) {
            out.append('\n');
            List<List<String>> rows = new ArrayList<>();
            List<String> header = new ArrayList<>(List.of("student"));
            problems.keySet().forEach(id -> header.add(String.valueOf(id)));
            header.add("accepted");
            rows.add(header);
            for (String student : students) {
                List<String> row = new ArrayList<>(List.of(HostileText.line(student)));
                int accepted = 0;
                int attempted = 0;
                for (int id : problems.keySet()) {
                    Grade g = report.grade(student, id);
                    row.add(g == null ? "-" : abbreviation(g.verdict()));
                    if (g != null) {
                        attempted++;
                        accepted += g.verdict().isAccepted() ? 1 : 0;
                    }
                }
                row.add(accepted + "/" + attempted);
                rows.add(row);
            }
            List<String> totals = new ArrayList<>(List.of("accepted"));
            for (int id : problems.keySet()) {
                long attempted = report.grades().stream().filter(g -> g.problemId() == id).count();
                long accepted = report.grades().stream().filter(g -> g.problemId() == id && g.verdict().isAccepted())
                        .count();
                totals.add(accepted + "/" + attempted);
            }
            totals.add(report.accepted() + "/" + report.grades().size());
            rows.add(totals);
            table(out, rows);
            out.append('\n');
            List<String> counts = new ArrayList<>();
            report.byVerdict().forEach((v, n) -> counts.add(n + " " + v.title()));
            out.append("Verdicts: ").append(String.join(", ", counts)).append('\n');
        }
        List<Grade> rejected = report.grades().stream().filter(g -> !g.verdict().isAccepted()).toList();
        if (!rejected.isEmpty()) {
            out.append("\nNot accepted:\n");
            for (Grade g : rejected) {
                out.append("  ").append(HostileText.line(g.file())).append(": ").append(HostileText.line(g.summary()))
                        .append('\n');
            }
        }
        if (!report.skipped().isEmpty()) {
            out.append("\nSkipped ").append(count(report.skipped().size(), "file")).append(":\n");
            for (Skipped s : report.skipped()) {
                out.append("  ").append(HostileText.line(s.path())).append(": ").append(HostileText.line(s.reason()))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] width = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                line.append(cell).append(" ".repeat(width[c] - cell.length() + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
