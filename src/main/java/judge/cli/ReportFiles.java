package judge.cli;

import java.io.IOException;
import java.nio.file.Path;
import judge.grading.GradeReport;
import judge.problem.PackageException;
import judge.problem.ProblemLoader;
import judge.problem.TextFiles;
import judge.report.GradeCsv;
import judge.report.GradeJson;
import judge.report.JUnitXml;
import picocli.CommandLine.Option;

/** The report files of {@code grade} and {@code merge}, each written whole or not at all. */
final class ReportFiles {
    @Option(names = "--json", paramLabel = "FILE", description = "Also write the JSON report to FILE (what judge"
            + " merge reads).")
    Path json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write a CSV report, a row per submission.")
    Path csv;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write JUnit XML: a test suite per"
            + " student, a test case per problem.")
    Path junitXml;

    void write(GradeReport report) {
        write(json, () -> GradeJson.render(report) + "\n");
        write(csv, () -> GradeCsv.render(report));
        write(junitXml, () -> JUnitXml.render(report));
    }

    static void write(Path file, java.util.function.Supplier<String> text) {
        if (file == null) {
            return;
        }
        try {
            TextFiles.writeAtomically(file, text.get());
        } catch (IOException e) {
            throw new PackageException(ProblemLoader.shown(file) + ": cannot write the report (" + e + ")");
        }
    }
}
