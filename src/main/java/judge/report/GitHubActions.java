package judge.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import judge.grading.Grade;
import judge.grading.GradeReport;
import judge.grading.Skipped;

/**
 * What grading adds when it runs in GitHub Actions ({@code GITHUB_ACTIONS=true}): an error annotation on the file
 * of every submission that was not accepted (a warning on every skipped file), and a Markdown summary for the
 * run's page ({@code $GITHUB_STEP_SUMMARY}).
 */
public final class GitHubActions {
    private GitHubActions() {}

    /** Whether {@code env} says this is a GitHub Actions job. */
    public static boolean active(Map<String, String> env) {
        return "true".equals(env.get("GITHUB_ACTIONS"));
    }

    /** One workflow command per rejected submission and skipped file, in the report's order. */
    public static List<String> annotations(GradeReport report) {
        List<String> lines = new ArrayList<>();
        for (Grade g : report.grades()) {
            if (g.verdict().isAccepted()) {
                continue;
            }
            StringBuilder line = new StringBuilder("::error file=").append(property(g.file()));
            if (g.line() > 0) {
                line.append(",line=").append(g.line());
            }
            line.append(",title=").append(property(g.label() + ": " + g.verdict().title()));
            line.append("::").append(data(g.summary() + failure(g)));
            lines.add(line.toString());
        }
        for (Skipped s : report.skipped()) {
            lines.add("::warning file=" + property(s.path()) + ",title=" + property("not graded") + "::"
                    + data(s.reason()));
        }
        return lines;
    }

    private static String failure(Grade g) {
        if (g.failure() == null || g.failure().input().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("\ninput: ").append(String.join(", ", g.failure().input()));
        if (g.failure().expected() != null) {
            b.append("\nexpected: ").append(g.failure().expected());
        }
        if (g.failure().output() != null) {
            b.append("\noutput: ").append(g.failure().output());
        }
        return b.toString();
    }

    /** The Markdown appended to {@code $GITHUB_STEP_SUMMARY}. */
    public static String summary(GradeReport report) {
        StringBuilder md = new StringBuilder("## Grading").append(report.shard() == null ? "" : " (shard "
                + report.shard() + ")").append("\n\n");
        md.append("**").append(report.accepted()).append(" of ").append(report.grades().size())
                .append("** submissions accepted");
        if (!report.skipped().isEmpty()) {
            md.append(", ").append(report.skipped().size()).append(" skipped");
        }
        md.append(".\n\n");
        if (!report.grades().isEmpty()) {
            Map<Integer, String> problems = report.problems();
            md.append("| student |");
            problems.forEach((id, slug) -> md.append(' ').append(id).append(". ").append(cell(slug)).append(" |"));
            md.append(" accepted |\n|---|");
            problems.forEach((id, slug) -> md.append(":---:|"));
            md.append(":---:|\n");
            for (String student : report.students()) {
                md.append("| ").append(cell(student)).append(" |");
                int accepted = 0;
                int attempted = 0;
                for (int id : problems.keySet()) {
                    Grade g = report.grade(student, id);
                    if (g == null) {
                        md.append(" |");
                        continue;
                    }
                    attempted++;
                    accepted += g.verdict().isAccepted() ? 1 : 0;
                    md.append(' ').append(g.verdict().isAccepted() ? "✅" : "❌").append(' ')
                            .append(GradeTable.abbreviation(g.verdict())).append(" |");
                }
                md.append(' ').append(accepted).append('/').append(attempted).append(" |\n");
            }
        }
        List<Grade> rejected = report.grades().stream().filter(g -> !g.verdict().isAccepted()).toList();
        if (!rejected.isEmpty()) {
            md.append("\n<details><summary>Not accepted (").append(rejected.size()).append(")</summary>\n\n");
            for (Grade g : rejected) {
                md.append("- ").append(code(g.file())).append(": ").append(cell(g.summary()))
                        .append('\n');
            }
            md.append("\n</details>\n");
        }
        if (!report.skipped().isEmpty()) {
            md.append("\n<details><summary>Skipped (").append(report.skipped().size()).append(")</summary>\n\n");
            for (Skipped s : report.skipped()) {
                md.append("- ").append(code(s.path())).append(": ").append(cell(s.reason()))
                        .append('\n');
            }
            md.append("\n</details>\n");
        }
        return md.toString();
    }

    /** Text inert inside a Markdown table cell or list item ({@link HostileText#markdown}). */
    private static String cell(String s) {
        return HostileText.markdown(s);
    }

    /** A path as inline code: one line of {@link HostileText}, and no backtick to end the code span early. */
    private static String code(String s) {
        return "`" + HostileText.line(s).replace("`", "'") + "`";
    }

    /** A workflow command's message ({@link HostileText#workflowData}). */
    static String data(String s) {
        return HostileText.workflowData(s);
    }

    /** A workflow command's property value ({@link HostileText#workflowProperty}). */
    static String property(String s) {
        return HostileText.workflowProperty(s);
    }
}
